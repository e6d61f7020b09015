using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.ReferenceServer.Weaknesses;

namespace MfaConformance.ReferenceServer.Tests.Hosting;

/// <summary>The planted security weaknesses are debug switches of the server's own command line too (issue 21).</summary>
public sealed class WeaknessSwitchTests
{
    [Fact]
    public void Parse_DebugWeaknessRepeatedAndCommaSeparated_CollectsEveryName()
    {
        var result = CommandLine.Parse(["--debug-weakness", "counter-token,echo-password", "--debug-weakness", "otp-1000-values"]);

        result.Options.Weaknesses.ShouldBe([WeaknessNames.CounterToken, WeaknessNames.EchoPassword, WeaknessNames.Otp1000Values]);
    }

    [Fact]
    public void Parse_UnknownWeakness_IsRefusedNamingIt()
    {
        var error = Should.Throw<ArgumentException>(() => CommandLine.Parse(["--debug-weakness", "no-such"]));

        error.Message.ShouldContain("no-such");
    }

    [Fact]
    public void Parse_ListWeaknesses_AsksForTheList() => CommandLine.Parse(["--list-weaknesses"]).ListWeaknesses.ShouldBeTrue();

    [Fact]
    public void Usage_NamesTheSwitchesAsDebugOnly() => CommandLine.Usage.ShouldContain("--debug-weakness NAME   debug switch");
}
