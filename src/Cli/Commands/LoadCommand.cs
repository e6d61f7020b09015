using System.CommandLine;
using MfaConformance.Cli.Configuration;
using MfaConformance.Cli.Load;
using MfaConformance.Cli.Targets;

namespace MfaConformance.Cli.Commands;

/// <summary>
/// `mfa-conformance load`: runs one load scenario (default returning_user_login) against the target (the embedded
/// reference server by default) and writes HTML, Markdown, CSV and JSON reports to &lt;reports&gt;/load/&lt;run-id&gt;.
/// `--config FILE` takes a LoadEngine config (top-level "global"/"scenarios") or a harness config file.
/// Exit 0: every threshold held; 1: one broke (or the run failed); 2: bad usage; 3: target unreachable.
/// </summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var harness = new HarnessOptions();
        var scenario = new Option<string?>("--scenario") { Description = "Scenario to run (see --list). Default: returning_user_login." };
        var list = new Option<bool>("--list") { Description = "Print the scenario names (C# flows and @load Gherkin scenarios) and exit." };
        var rate = new Option<string?>("--rate") { Description = "Iterations started per second (open model). Default 20, or load.rate of the configuration." };
        var duration = new Option<string?>("--duration") { Description = "Length of the measured run, e.g. 30s or 2m. Default 30s." };
        var warmUp = new Option<string?>("--warm-up") { Description = "Unmeasured warm-up at the same rate. Default 2s; 0s for none." };
        var seed = new Option<int?>("--seed") { Description = "Seed of the generated customers (default fixed, so runs repeat)." };
        var customers = new Option<int?>("--customers") { Description = "Customers to provision before the clock starts (default one per planned iteration, at most 20,000)." };
        var cluster = new ClusterCommandOptions();
        var loadConfig = new Option<string?>("--load-config") { Description = "LoadEngine JSON config (simulations, thresholds), e.g. load/default.json." };
        var noProgress = new Option<bool>("--no-progress") { Description = "No live progress lines." };
        var noPreflight = new Option<bool>("--no-preflight") { Description = "Skip the conformance pre-flight (wrong OTP, wrong password, other device refused) run before the clock starts; the report then says so." };
        var command = new Command("load", "Run a load scenario built from the conformance steps and check its thresholds.");
        harness.AddTo(command);
        cluster.AddTo(command);
        foreach (var option in new Option[] { scenario, list, rate, duration, warmUp, seed, customers, loadConfig, noProgress, noPreflight })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            if (result.GetValue(list))
            {
                await using var suite = LoadSuite.Create(null, out var hasFeatures);
                LoadSuite.WriteList(output, hasFeatures ? suite : null);
                return ExitCodes.Ok;
            }

            HarnessSettings settings;
            LoadRunOptions options;
            try
            {
                var overrides = harness.Read(result);
                var configFile = overrides.ConfigPath is { } path && LoadConfigFiles.IsLoadConfig(path) ? path : null;
                settings = HarnessSettingsResolver.Resolve(configFile is null ? overrides : overrides with { ConfigPath = null });
                options = new LoadRunOptions
                {
                    Scenario = result.GetValue(scenario),
                    Rate = result.GetValue(rate) is { } r ? SettingValues.ParseRate(r, "--rate") : null,
                    Duration = result.GetValue(duration) is { } d ? SettingValues.ParseDuration(d, "--duration") : null,
                    WarmUp = result.GetValue(warmUp) is { } w ? ParseWarmUp(w) : null,
                    Seed = result.GetValue(seed),
                    Customers = result.GetValue(customers) is { } c ? c >= 1 ? c : throw new SettingsException("--customers", $"must be at least 1, got {c}") : null,
                    LoadConfigPath = result.GetValue(loadConfig) ?? configFile,
                    Cluster = cluster.Read(result),
                    ConsoleProgress = !result.GetValue(noProgress),
                    Preflight = result.GetValue(noPreflight) ? false : null,
                    Output = output,
                };
            }
            catch (SettingsException ex)
            {
                await error.WriteLineAsync($"error: {ex.Message}");
                return ExitCodes.Usage;
            }

            var outcome = await new LoadRunnerService().RunAsync(settings, options, ct);
            if (outcome.Error is not null && outcome.ExitCode == ExitCodes.Usage)
            {
                await error.WriteLineAsync("Run 'mfa-conformance load --list' for the scenario names.");
            }

            return outcome.ExitCode;
        });
        return command;
    }

    private static TimeSpan ParseWarmUp(string text) =>
        text.Trim() is "0" or "0s" ? TimeSpan.Zero : SettingValues.ParseDuration(text, "--warm-up");
}
