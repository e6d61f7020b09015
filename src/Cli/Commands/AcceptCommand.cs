using System.CommandLine;
using MfaConformance.Cli.Accept;
using MfaConformance.Cli.Conformance;
using MfaConformance.Cli.Targets;

namespace MfaConformance.Cli.Commands;

/// <summary>`mfa-conformance accept`: the suite, a short load run of every flow, one acceptance bundle.</summary>
internal static class AcceptCommand
{
    public static Command Create()
    {
        var harness = new HarnessOptions();
        var deadlines = new SuiteDeadlineOptions();
        var loadDuration = new Option<string?>("--load-duration") { Description = "Length of each flow's load run, e.g. 10s (default 10s; env MFA_LOAD_DURATION)." };
        var loadRate = new Option<string?>("--load-rate") { Description = "Iterations started per second in each flow (default 10; env MFA_LOAD_RATE)." };
        var skipLoad = new Option<bool>("--skip-load") { Description = "Run the suite only (the bundle says load was skipped)." };
        var tags = new Option<string?>("--tags") { Description = "Tag expression selecting scenarios, e.g. \"@smoke\" (default: the whole suite)." };
        var provisionBrand = new Option<bool>("--provision-brand") { Description = "With --brand on a target with hooks: PUT the default MFA password configuration on it first." };
        var cluster = new ClusterCommandOptions();
        var command = new Command("accept", "The main job: the conformance suite, then a short load run of every flow, then one acceptance bundle in reports/accept/<run-id>/. Exit 0 accepted, 1 rejected, 2 bad usage/configuration, 3 target unreachable.");
        harness.AddTo(command);
        deadlines.AddTo(command);
        command.Options.Add(loadDuration);
        command.Options.Add(loadRate);
        command.Options.Add(skipLoad);
        command.Options.Add(tags);
        command.Options.Add(provisionBrand);
        cluster.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var overrides = deadlines.ApplyTo(harness.Read(result), result) with { LoadDuration = result.GetValue(loadDuration), LoadRate = result.GetValue(loadRate) };
            var settings = HarnessSettingsResolver.Resolve(overrides);
            var clusterOptions = cluster.Read(result);
            if (clusterOptions is not null && result.GetValue(skipLoad))
            {
                throw new SettingsException("--cluster", "coordinates the load runs, which --skip-load skips: give one or the other");
            }

            var output = result.InvocationConfiguration.Output;
            if (!result.GetValue(skipLoad))
            {
                FlowsLoadStage.Validate(settings);
            }

            var suiteOptions = new VerifyRunOptions { Tags = result.GetValue(tags), ProvisionBrand = result.GetValue(provisionBrand), Output = output };
            var runner = new AcceptRunner(AcceptStages.Conformance(suiteOptions), AcceptStages.Load(result.GetValue(skipLoad), output, clusterOptions));
            var outcome = await runner.RunAsync(settings, output, ct);
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
