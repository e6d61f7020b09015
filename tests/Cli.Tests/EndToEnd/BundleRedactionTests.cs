namespace MfaConformance.Cli.Tests.EndToEnd;

/// <summary>No password, OTP, token or key that went over the wire during an `accept` run appears in any bundle file.</summary>
[Collection(AcceptRunCollection.Name)]
public sealed class BundleRedactionTests(AcceptRunFixture fixture)
{
    [Fact]
    public void Bundle_EveryFile_HoldsNoSecretSentOrReceived()
    {
        var secrets = WireSecrets.From(fixture.WireBodies);
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
    public void Console_OfTheRun_HoldsNoSecretSentOrReceived()
    {
        var secrets = WireSecrets.From(fixture.WireBodies);
        using var folder = new Support.TempFolder();
        folder.Write("console.txt", fixture.Run.Output + fixture.Run.Error);

        var leaks = BundleSecretSweep.Find(folder.Path, secrets);

        leaks.ShouldBeEmpty();
    }
}
