using System.CommandLine;
using MfaConformance.Cli.Accept;
using MfaConformance.Cli.Conformance;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Commands;

/// <summary>`mfa-conformance accept`: the suite, an exploration, a short load run of every flow, one acceptance bundle.</summary>
internal static class AcceptCommand
{
    public static Command Create(CliContext context)
    {
        var settings = new SettingOptions(HarnessCommands.Accept, context);
        var skipLoad = new Option<bool>("--skip-load") { Description = "Run the suite only (the bundle says load was skipped)." };
        var skipExplore = new Option<bool>("--skip-explore") { Description = "Run no explore stage (the bundle says it was skipped)." };
        var skipSecurity = new Option<bool>("--skip-security") { Description = "Run no security stage (@security, advisory; the bundle says it was skipped)." };
        var tags = new Option<string?>("--tags") { Description = "Tag expression selecting scenarios, e.g. \"@smoke\" (default: the whole suite); one that selects nothing is exit 1." };
        var provisionBrand = new Option<bool>("--provision-brand") { Description = "With --brand on a target with hooks: PUT the default MFA password configuration on it first." };
        var cluster = new ClusterCommandOptions();
        var command = new Command("accept", "The main job: the conformance suite, then an exploration against a model of the documentation, then the security stage (advisory), then a short load run of every flow, then one acceptance bundle in reports/accept/<run-id>/. Exit 0 accepted, 1 rejected, 2 bad usage/configuration, 3 target (or NATS server) unreachable.");
        settings.AddTo(command);
        command.Options.Add(skipLoad);
        command.Options.Add(skipExplore);
        command.Options.Add(skipSecurity);
        command.Options.Add(tags);
        command.Options.Add(provisionBrand);
        cluster.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var resolved = settings.Resolve(result);
            var clusterOptions = cluster.Read(result);
            if (clusterOptions is not null && result.GetValue(skipLoad))
            {
                throw new SettingsException("--cluster", "coordinates the load runs, which --skip-load skips: give one or the other");
            }

            var output = result.InvocationConfiguration.Output;
            if (!result.GetValue(skipLoad))
            {
                FlowsLoadStage.Validate(resolved);
            }

            await using var telemetry = Telemetry.HarnessTelemetry.Start(resolved, output, metrics: !result.GetValue(skipLoad));
            var suiteOptions = new VerifyRunOptions { Tags = result.GetValue(tags), ProvisionBrand = result.GetValue(provisionBrand), Output = output, ProgressLabel = "accept" };
            var exploreOptions = new Explorer.Exploration.ExploreOptions { Seed = resolved.ExploreSeed, Time = resolved.ExploreTime, Programs = resolved.ExplorePrograms };
            var runner = new AcceptRunner(AcceptStages.Conformance(suiteOptions), AcceptStages.Load(result.GetValue(skipLoad), output, clusterOptions, telemetry?.Metrics),
                explore: AcceptStages.Explore(result.GetValue(skipExplore), exploreOptions, output),
                security: AcceptStages.Security(result.GetValue(skipSecurity), new Security.SecurityOptions { Samples = resolved.SecuritySamples, Output = output }));
            var outcome = await runner.RunAsync(resolved, output, ct);
            if (telemetry is not null)
            {
                await telemetry.WaitForFinalScrapeAsync(ct);
            }

            await output.WriteLineAsync($"accept: {AcceptHtmlWriter.VerdictText(outcome.Report)}");
            await output.WriteLineAsync($"accept: {AcceptJudgement.Counts(outcome.Report)}");
            foreach (var flow in outcome.Report.Load)
            {
                await output.WriteLineAsync($"accept: load {flow.Flow}: {(flow.Passed ? "passed" : "failed")} ({flow.OkCount} ok, {flow.FailCount} failed, p99 {flow.P99Ms} ms)");
            }

            await output.WriteLineAsync($"accept: bundle {Path.Combine(outcome.BundleFolder, BundleWriter.HtmlFileName)} (exit code {outcome.ExitCode})");
            return outcome.ExitCode;
        });
        return command;
    }
}
