using MfaConformance.Cli.Security;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.ReferenceServer.Weaknesses;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Tests.Security;

/// <summary>
/// Issue 21's matrix: the reference server with each planted weakness (and with none) runs the whole security stage,
/// and exactly the weakness's own check flags it; nothing else does. The stage runs with --samples 400 (the smallest
/// it allows is 200): 400 session ids and tokens, 200 OTPs, 40 timed calls per group. The statistics still hold at
/// that size: the counter token shows ≈ 10 bits against 64, 200 OTPs from 1,000 values give ≈ 20 equal pairs against
/// 0.02, the early-exit compare adds 15 ms against boxes ≈ 0.1 ms wide, the others are exact comparisons.
/// </summary>
public sealed class WeaknessMatrixTests
{
    private const int Samples = 400;

    public static TheoryData<string, string> Weaknesses() => new()
    {
        { "none", "none" },
        { WeaknessNames.CounterToken, EntropyCheck.Name },
        { WeaknessNames.EarlyExitPasswordCompare, TimingCheck.Name },
        { WeaknessNames.UnknownCustomerDiffers, EnumerationCheck.Name },
        { WeaknessNames.Otp1000Values, EntropyCheck.Name },
        { WeaknessNames.EchoPassword, SecrecyCheck.Name },
    };

    [Theory]
    [MemberData(nameof(Weaknesses))]
    public async Task SecurityStage_OnAPlantedWeakness_FlagsExactlyItsOwnCheck(string weakness, string check)
    {
        var summary = await RunStageAsync(weakness == "none" ? [] : [weakness]);

        summary.NotRunReason.ShouldBeNull();
        summary.Checks.Count.ShouldBeGreaterThanOrEqualTo(26);
        summary.Checks.Where(c => c.Verdict == SecurityVerdict.NotRun).ShouldBeEmpty("every check runs against the reference server");
        var flagged = summary.Checks.Where(c => c.Verdict == SecurityVerdict.Finding).Select(c => c.Check).Distinct().ToList();
        var rows = string.Join("\n", summary.Checks.Select(c => $"{c.Id} {c.Verdict} {c.Figure}"));
        if (check == "none")
        {
            flagged.ShouldBeEmpty(rows);
        }
        else
        {
            flagged.ShouldBe([check], rows);
        }
    }

    [Fact]
    public void Catalogue_EveryWeaknessIsInTheMatrixWithTheCheckItNames()
    {
        var matrix = Weaknesses().Select(row => ((string)row[0], (string)row[1])).ToDictionary();
        foreach (var w in ReferenceServer.Weaknesses.Weaknesses.All)
        {
            matrix.ShouldContainKey(w.Name);
            matrix[w.Name].ShouldBe(w.Check);
        }
    }

    private static async Task<SecuritySummary> RunStageAsync(IReadOnlyList<string> weaknesses)
    {
        await using var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { PasswordHashIterations = 1_000, Weaknesses = weaknesses });
        var settings = new HarnessSettings { TargetUrl = server.BaseUrl };
        await using var target = new LaunchedTarget(TargetFactory.OptionsFor(settings, server.BaseUrl), settings, null);
        var folder = Path.Combine(Path.GetTempPath(), "mfa-security-tests", Guid.NewGuid().ToString("N"));
        try
        {
            return await new SecurityStageRunner().RunOnAsync(target, new SecurityOptions { Samples = Samples, Embedded = true }, folder, CancellationToken.None);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
