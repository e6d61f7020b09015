using System.Diagnostics;
using System.Globalization;
using MfaConformance.Client.Hooks;
using MfaConformance.Client.Redaction;
using MfaConformance.Targets.Launch;

namespace MfaConformance.Cli.Security;

/// <summary>
/// Runs the security stage (the `security` command and a stage of `accept`): the checks tagged @security, driven by the
/// Client against a launched target that offers the sandbox hooks, then the report (security.md and security.json) in
/// <c>folder</c>. Advisory: its findings never change the acceptance verdict. A check that fails to run becomes a
/// not-run row with the (redacted) reason; the stage itself never throws for target faults.
/// </summary>
internal sealed class SecurityStageRunner
{
    public const string ReportsSubfolder = "security";

    public async Task<SecuritySummary> RunOnAsync(LaunchedTarget target, SecurityOptions options, string folder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        var output = options.Output ?? TextWriter.Null;
        var started = Stopwatch.GetTimestamp();
        using (var connection = new Client.Transport.TargetConnection(target.Options))
        {
            var detection = await connection.CreateHooksClient().DetectAsync(ct);
            if (detection.Status != ControlPlaneStatus.Present)
            {
                var reason = $"the security stage needs the sandbox hooks (brands, customers, OTPs, the clock): {detection.Detail}";
                return Write(new SecuritySummary { Samples = options.Samples, NotRunReason = reason }, folder, target.Description);
            }
        }

        SecurityProbe probe;
        try
        {
            probe = await SecurityProbe.CreateAsync(target.Options, ct);
        }
        catch (Client.Transport.ApiCallException ex)
        {
            return Write(new SecuritySummary { Samples = options.Samples, NotRunReason = $"the stage's brand could not be created: {SecretRedactor.Default.RedactText(ex.Message)}" }, folder, target.Description);
        }

        using (probe)
        {
            var rows = new List<SecurityCheckResult>();
            if (options.Runs(SecrecyCheck.Name))
            {
                await StepAsync("secrecy tour of every endpoint", SecrecyCheck.Name, async () => { await SecrecyCheck.TourAsync(probe, ct); return []; });
            }

            await StepAsync("enumeration (known against unknown customers)", EnumerationCheck.Name, () => EnumerationCheck.RunAsync(probe, options, ct));
            await StepAsync("password compare time against the matching prefix", TimingCheck.Name, () => TimingCheck.RunAsync(probe, options, ct));
            await StepAsync($"entropy of {options.Samples} session ids and tokens, {options.FlowSamples} keys and OTPs", EntropyCheck.Name, () => EntropyCheck.RunAsync(probe, options, ct));
            await StepAsync("brute force over an hour of the target's clock", BruteForceCheck.Name, () => BruteForceCheck.RunAsync(probe, options, ct));
            await StepAsync("session binding after MFA", SessionBindingCheck.Name, () => SessionBindingCheck.RunAsync(probe, ct));
            await StepAsync("password policy against ASVS 2.1", PasswordPolicyCheck.Name, () => PasswordPolicyCheck.RunAsync(probe, ct));
            await StepAsync("input bounds (64 KB values on every endpoint)", InputBoundsCheck.Name, () => InputBoundsCheck.RunAsync(probe, options, ct));
            if (options.Runs(SecrecyCheck.Name))
            {
                rows.InsertRange(0, SecrecyCheck.Judge(probe.Scanner));
            }

            var summary = new SecuritySummary
            {
                Checks = rows,
                Samples = options.Samples,
                Calls = (int)Math.Min(int.MaxValue, probe.Calls),
                ElapsedSeconds = Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 1),
                NotRunReason = rows.Count == 0 ? "no check was selected" : null,
            };
            return Write(summary, folder, target.Description);

            async Task StepAsync(string what, string check, Func<Task<IReadOnlyList<SecurityCheckResult>>> run)
            {
                if (!options.Runs(check))
                {
                    return;
                }

                var t = Stopwatch.GetTimestamp();
                try
                {
                    var results = await run();
                    rows.AddRange(results);
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"  security: {what}: {results.Count(r => r.Verdict == SecurityVerdict.Finding)} finding(s) in {Stopwatch.GetElapsedTime(t).TotalSeconds:0.0} s"));
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    var message = SecretRedactor.Default.RedactText(ex.Message);
                    rows.Add(new SecurityCheckResult { Check = check, Id = "-", Item = "-", Title = what, Verdict = SecurityVerdict.NotRun, Figure = $"the check could not run: {message}" });
                    await output.WriteLineAsync($"  security: {what}: could not run: {message}");
                }
            }
        }
    }

    private static SecuritySummary Write(SecuritySummary summary, string folder, string target)
    {
        Directory.CreateDirectory(folder);
        SecurityReportWriter.Write(summary, folder, target);
        return summary with { Report = $"{ReportsSubfolder}/{SecurityReportWriter.MarkdownFile}" };
    }
}
