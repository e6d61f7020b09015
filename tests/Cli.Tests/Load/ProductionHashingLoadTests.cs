using System.Text.RegularExpressions;
using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests.Load;

/// <summary>
/// Load against `serve` in another process with its default password hashing (PBKDF2, 100,000 iterations: tens of
/// ms of server CPU per customer). 10,000 returning customers are provisioned before the clock starts (adaptive
/// batches with a long per-call timeout; about 6 minutes on an idle 2-core machine, most of it the server hashing),
/// then first_factor_login runs at 100/s and must hold its thresholds. The run's steps do not validate an MFA
/// password: at this hashing 100 validations/s need about 7 cores of server CPU, which this machine does not have.
/// Thresholds: failures under 1%, iteration p99 from the intended start under 2 s, and at least 1,980 iterations ok
/// (99% of the 2,000 the 20 s at 100/s schedule: a run that fell behind or stopped cannot pass). The CI machine's 2
/// cores are shared by every test assembly at once, so the latency bound is for a shared box; the figures are in the
/// run's reports.
/// </summary>
public sealed partial class ProductionHashingLoadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    [Trait("Category", "slow")]
    public async Task Load_ServeWithDefaultHashing_Provisions10000CustomersAndHoldsThresholdsAt100PerSecond()
    {
        using var serve = await ServeProcess.StartAsync();
        var thresholds = _folder.Write("thresholds.json", """
            { "scenarios": { "first_factor_login": { "thresholds": [ "fail_rate < 1%", "p99(scenario=first_factor_login) < 2s", "ok_count(scenario=first_factor_login) >= 1980" ] } } }
            """);

        var run = await CliRun.RunAsync(
            "load", "--target", serve.Url.ToString(), "--scenario", "first_factor_login", "--rate", "100", "--duration", "20s",
            "--customers", "10000", "--load-config", thresholds, "--no-progress", "--reports", _folder.Path);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Output + run.Error);
        run.Output.ShouldContain("provisioned 10000 returning customers");
        ProgressLine().Matches(run.Output).Count.ShouldBeGreaterThan(0, "provisioning prints its progress on the console");
        run.Output.ShouldContain("Verdict: every threshold held.");
        run.Output.ShouldContain("[pass] fail_rate < 1%");
        run.Output.ShouldContain("[pass] p99(scenario=first_factor_login) < 2s");
        run.Output.ShouldContain("[pass] ok_count(scenario=first_factor_login) >= 1980");
        Directory.EnumerateFiles(_folder.Path, "report.md", SearchOption.AllDirectories).ShouldHaveSingleItem();
    }

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex(@"provisioning: \d+ of 10000 customers \(\d+%\)")]
    private static partial Regex ProgressLine();
}
