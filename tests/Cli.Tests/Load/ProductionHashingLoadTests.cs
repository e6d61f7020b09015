using System.Globalization;
using System.Text.RegularExpressions;
using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests.Load;

/// <summary>
/// Load against `serve` in another process with its default password hashing (PBKDF2, 100,000 iterations: about
/// 0.1 s of server CPU per customer on this machine). <see cref="Customers"/> returning customers (enough for every
/// iteration of the 1 s warm-up and the 3 s measured at 100/s: customers are never reused) are provisioned before the
/// clock starts, through the adaptive batches with a long per-call timeout (a probe batch of 10, then batches sized
/// for about 5 s per call, 4 calls at once: more than one round at full concurrency), with progress on the console;
/// then first_factor_login runs at 100/s and must hold its thresholds. The run's steps do not validate an MFA
/// password: at this hashing 100 validations/s need about 7 cores of server CPU, which this machine does not have.
/// Thresholds: failures under 1%, iteration p99 from the intended start under 2 s, and at least 297 iterations ok
/// (99% of the 300 the 3 s at 100/s schedule: a run that fell behind or stopped cannot pass). The CI machine's 2 cores
/// are shared by every test assembly at once, so the latency bound is for a shared box; the figures are in the run's
/// reports.
/// The figures under test (batches adapt to the hashing, the rate is held) do not depend on how many customers there
/// are beyond a few rounds of batches, and each customer costs 0.1 s of server CPU: 410 customers instead of the 720
/// a 2 s warm-up and 5 s measured needed save about 30 s of CPU on the test run's critical path. Issue 11's 10,000
/// customers go through the same batches, only more of them (about 1,000 s of server CPU); set
/// <see cref="Customers"/> to 10000 and the durations up to repeat that figure.
/// It runs alone (<see cref="MeasuredAloneCollection"/>), after the rest of the assembly: its p99 bound is for a
/// shared box, not for one that also runs the kill matrix.
/// </summary>
[Collection(MeasuredAloneCollection.Name)]
public sealed partial class ProductionHashingLoadTests : IDisposable
{
    /// <summary>The run's 400 iterations (100/s for the 1 s warm-up and the 3 s measured) and a few to spare.</summary>
    private const int Customers = 410;

    private readonly TempFolder _folder = new();

    [Fact]
    [Trait("Category", "slow")]
    public async Task Load_ServeWithDefaultHashing_ProvisionsEveryCustomerInAdaptiveBatchesAndHoldsThresholdsAt100PerSecond()
    {
        using var serve = await ServeProcess.StartAsync();
        var thresholds = _folder.Write("thresholds.json", """
            { "scenarios": { "first_factor_login": { "thresholds": [ "fail_rate < 1%", "p99(scenario=first_factor_login) < 2s", "ok_count(scenario=first_factor_login) >= 297" ] } } }
            """);

        var run = await CliRun.RunAsync(
            "load", "--target", serve.Url.ToString(), "--scenario", "first_factor_login", "--rate", "100", "--warm-up", "1s", "--duration", "3s",
            "--customers", Customers.ToString(CultureInfo.InvariantCulture), "--load-config", thresholds, "--no-progress", "--reports", _folder.Path);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Output + run.Error);
        run.Output.ShouldContain($"provisioned {Customers} returning customers");
        ProgressLine().Matches(run.Output).Where(m => m.Groups["total"].Value == Customers.ToString(CultureInfo.InvariantCulture))
            .ShouldNotBeEmpty("provisioning prints its progress on the console");
        run.Output.ShouldContain("Verdict: every threshold held.");
        run.Output.ShouldContain("[pass] fail_rate < 1%");
        run.Output.ShouldContain("[pass] p99(scenario=first_factor_login) < 2s");
        run.Output.ShouldContain("[pass] ok_count(scenario=first_factor_login) >= 297");
        Directory.EnumerateFiles(_folder.Path, "report.md", SearchOption.AllDirectories).ShouldHaveSingleItem();
    }

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex(@"provisioning: \d+ of (?<total>\d+) customers \(\d+%\)")]
    private static partial Regex ProgressLine();
}
