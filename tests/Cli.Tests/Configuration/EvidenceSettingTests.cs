using MfaConformance.Cli.Tests.Support;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Cli.Tests.Configuration;

/// <summary>`--evidence` is one row of the settings table: file key, variable, option, default.</summary>
public sealed class EvidenceSettingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Evidence_Row_IsDeclaredOnceForVerifyAndAccept()
    {
        SettingsTable.All.Count(s => s.Key == "reports.evidence").ShouldBe(1);
        var row = SettingsTable.Evidence;
        (row.Variable, row.Option, row.Default).ShouldBe(("MFA_EVIDENCE", "--evidence", "summary"));
        SettingsTable.OptionsOf(HarnessCommands.Verify).ShouldContain(row);
        SettingsTable.OptionsOf(HarnessCommands.Accept).ShouldContain(row);
    }

    [Fact]
    public void Resolve_Nothing_GivesSummary() =>
        ResolveSettings.In(_folder.Path, null, null, HarnessCommands.Verify).Evidence.ShouldBe(EvidenceLevel.Summary);

    [Fact]
    public void Resolve_FileEnvironmentAndOption_Layer()
    {
        _folder.Write("my.json", """{ "reports": { "evidence": "full" } }""");

        ResolveSettings.In(_folder.Path, FakeEnvironment.Of(("MFA_CONFIG", "my.json")), null, HarnessCommands.Verify).Evidence.ShouldBe(EvidenceLevel.Full);
        ResolveSettings.In(_folder.Path, FakeEnvironment.Of(("MFA_EVIDENCE", "full")), null, HarnessCommands.Accept).Evidence.ShouldBe(EvidenceLevel.Full);
        ResolveSettings.In(_folder.Path, FakeEnvironment.Of(("MFA_EVIDENCE", "full")), null, HarnessCommands.Verify, ("reports.evidence", "summary")).Evidence.ShouldBe(EvidenceLevel.Summary);
    }

    [Fact]
    public void ParseEvidence_UnknownWord_NamesTheSettingAndTheChoices() =>
        Should.Throw<SettingsException>(() => SettingValues.ParseEvidence("everything", "--evidence")).Message.ShouldContain("use summary or full");
}
