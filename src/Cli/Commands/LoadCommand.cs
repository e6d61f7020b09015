using System.CommandLine;
using MfaConformance.Cli.Load;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Commands;

/// <summary>
/// `mfa-conformance load`: runs one load scenario (default returning_user_login) against the target (the embedded
/// reference server by default) and writes HTML, Markdown, CSV and JSON reports to &lt;reports&gt;/load/&lt;run-id&gt;.
/// `--config FILE` takes a LoadEngine config (top-level "global"/"scenarios": then it is load.config) or a harness
/// config file. Exit 0: every threshold held; 1: one broke (or the run failed); 2: bad usage; 3: target or NATS unreachable.
/// </summary>
internal static class LoadCommand
{
    public static Command Create(CliContext context)
    {
        var settings = new SettingOptions(HarnessCommands.Load, context);
        var scenario = new Option<string?>("--scenario") { Description = "Scenario to run (see --list). Default: returning_user_login." };
        var list = new Option<bool>("--list") { Description = "Print the scenario names (C# flows and @load Gherkin scenarios) and exit." };
        var warmUp = new Option<string?>("--warm-up") { Description = "Unmeasured warm-up at the same rate. Default 2s; 0s for none." };
        var seed = new Option<int?>("--seed") { Description = "Seed of the generated customers (default fixed, so runs repeat)." };
        var customers = new Option<int?>("--customers") { Description = "Customers to provision before the clock starts (default one per planned iteration, at most 20,000)." };
        var cluster = new ClusterCommandOptions();
        var noProgress = new Option<bool>("--no-progress") { Description = "No live progress lines." };
        var command = new Command("load", "Run a load scenario built from the conformance steps and check its thresholds.");
        settings.AddTo(command);
        cluster.AddTo(command);
        foreach (var option in new Option[] { scenario, list, warmUp, seed, customers, noProgress })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var request = settings.Read(result);
            if (result.GetValue(list))
            {
                await using var suite = LoadSuite.Create(SettingsResolver.Resolve(request).FeaturesFolder, out var hasFeatures);
                LoadSuite.WriteList(output, hasFeatures ? suite : null);
                return ExitCodes.Ok;
            }

            if (request.ConfigPath is { } path && LoadConfigFiles.IsLoadConfig(Path.Combine(context.CurrentDirectory, path)) && !request.Options.ContainsKey(SettingsTable.LoadConfig.Key))
            {
                // `load --config load.json`: a LoadEngine config given where a harness config goes is the load config.
                request = request with
                {
                    ConfigPath = null,
                    Options = new Dictionary<string, IReadOnlyList<string>>(request.Options) { [SettingsTable.LoadConfig.Key] = [path] },
                };
            }

            var resolved = SettingsResolver.Resolve(request);
            await using var telemetry = Telemetry.HarnessTelemetry.Start(resolved, output, metrics: true);
            var options = new LoadRunOptions
            {
                Scenario = result.GetValue(scenario),
                WarmUp = result.GetValue(warmUp) is { } w ? SettingValues.ParseDurationOrZero(w, "--warm-up") : null,
                Seed = result.GetValue(seed),
                Customers = result.GetValue(customers) is { } c ? c >= 1 ? c : throw new SettingsException("--customers", $"must be at least 1, got {c}") : null,
                Cluster = cluster.Read(result),
                ConsoleProgress = !result.GetValue(noProgress),
                CompareWithBaseline = true,
                Output = output,
                Metrics = telemetry?.Metrics,
            };

            var outcome = await new LoadRunnerService().RunAsync(resolved, options, ct);
            if (telemetry is not null)
            {
                await telemetry.WaitForFinalScrapeAsync(ct);
            }

            if (outcome.Error is not null && outcome.ExitCode == ExitCodes.Usage)
            {
                await error.WriteLineAsync($"Run '{CliApplication.ToolName} load --list' for the scenario names.");
            }

            return outcome.ExitCode;
        });
        return command;
    }
}
