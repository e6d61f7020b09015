namespace MfaConformance.Cli.Tests.EndToEnd;

/// <summary>No password, OTP, token or key that went over the wire during an `accept` run appears in any bundle file.</summary>
[Collection(AcceptRunCollection.Name)]
public sealed class BundleRedactionTests(AcceptRunFixture fixture)
{
    [Fact]
    public void Bundle_EveryFile_HoldsNoSecretSentOrReceived()
    {
        var secrets = fixture.Secrets;
        secrets.Keys.ShouldContain("otp");
        secrets.Keys.ShouldContain("token");
        secrets.Keys.ShouldContain("key");
        secrets.Keys.ShouldContain("password");

        var leaks = BundleSecretSweep.Find(fixture.Bundle, secrets);

        leaks.ShouldBeEmpty();
    }

    [Fact]
    public void Bundle_EveryFile_HoldsNoUnmaskedSecretField()
    {
        var leaks = BundleSecretSweep.FindUnmaskedFields(fixture.Bundle);

        leaks.ShouldBeEmpty();
    }

    [Fact]
    public void Bundle_ReqnrollsReports_AreSweptAndCarryTheRedactedExchanges()
    {
        var conformance = Path.Combine(fixture.Bundle, "conformance");
        var secrets = fixture.Secrets;

        // A passing run with summary evidence: one line per call with its curl (JUnit keeps a passing scenario's steps only).
        foreach (var report in new[] { "report.html", "messages.ndjson.gz" })
        {
            var text = Support.ReportText.Read(Path.Combine(conformance, report));
            text.ShouldContain(MfaConformance.StepDefinitions.Drivers.ScenarioHttpObserver.CallHeading + " POST /auth/v1/", Case.Sensitive, $"{report} should carry the steps' HTTP calls");
            text.ShouldContain("$PASSWORD", Case.Sensitive, $"{report} should carry the curl lines with placeholders");
        }

        BundleSecretSweep.Find(conformance, secrets).ShouldBeEmpty();
    }

    [Fact]
    public void Bundle_CucumberAttachments_DecodedHoldNoSecretSentOrReceived()
    {
        var secrets = fixture.Secrets;
        using var folder = new Support.TempFolder();
        var bodies = Support.CucumberMessages.Read(Path.Combine(fixture.Bundle, "conformance", "messages.ndjson.gz"))
            .Select(e => e["attachment"]).OfType<System.Text.Json.Nodes.JsonObject>()
            .Select(a => (string?)a["contentEncoding"] == "BASE64" ? System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)a["body"]!)) : (string)a["body"]!)
            .ToList();
        bodies.Count.ShouldBeGreaterThan(100);
        folder.Write("attachments.txt", string.Join("\n", bodies));

        BundleSecretSweep.Find(folder.Path, secrets).ShouldBeEmpty();
        BundleSecretSweep.FindUnmaskedFields(folder.Path).ShouldBeEmpty();
    }

    [Fact]
    public void Console_OfTheRun_HoldsNoSecretSentOrReceived()
    {
        var secrets = fixture.Secrets;
        using var folder = new Support.TempFolder();
        folder.Write("console.txt", fixture.Run.Output + fixture.Run.Error);

        var leaks = BundleSecretSweep.Find(folder.Path, secrets);

        leaks.ShouldBeEmpty();
    }
}
