using MfaConformance.ReferenceServer.Hosting;

CommandLineResult parsed;
try
{
    parsed = CommandLine.Parse(args);
}
catch (Exception ex) when (ex is FormatException or ArgumentException)
{
    await Console.Error.WriteLineAsync($"error: {ex.Message}");
    await Console.Error.WriteLineAsync(CommandLine.Usage);
    return 2;
}

if (parsed.ShowHelp)
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

if (parsed.ListWeaknesses)
{
    foreach (var line in MfaConformance.ReferenceServer.Weaknesses.Weaknesses.Listing())
    {
        Console.WriteLine(line);
    }

    return 0;
}

if (parsed.ListMutants || parsed.ListVariants)
{
    var lines = parsed.ListMutants
        ? MfaConformance.ReferenceServer.Mutants.Mutants.Listing()
        : MfaConformance.ReferenceServer.Mutants.Mutants.Variants.Select(m => m.Describe());
    foreach (var line in lines)
    {
        Console.WriteLine(line);
    }

    return 0;
}

try
{
    await using var log = parsed.Options.RequestLog;
    await using var server = await ReferenceServerHost.StartAsync(parsed.Options);
    Console.WriteLine($"Reference server listening on {server.BaseUrl} (hooks {(parsed.Options.EnableHooks ? "on" : "off")}, mutant {parsed.Options.Mutant ?? "none"}). Ctrl+C stops.");
    await server.WaitForShutdownAsync();
    return 0;
}
catch (Exception ex) when (ex is InvalidOperationException or IOException or ArgumentException)
{
    await Console.Error.WriteLineAsync($"error: {ex.Message}");
    return 1;
}
