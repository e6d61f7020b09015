using MfaConformance.Cli;

return await CliApplication.RunAsync(args);
