namespace MfaConformance.Cli.Tests.EndToEnd;

/// <summary>The sweep the redaction tests rely on finds an OTP wherever it could leak, and not in a JSON number.</summary>
public sealed class BundleSecretSweepTests
{
    private static readonly Dictionary<string, HashSet<string>> Otp = new() { ["otp"] = ["125700"] };

    [Theory]
    [InlineData("{\"otp\":\"125700\"}")]
    [InlineData("{\"body\":\"{\\\"otp\\\": \\\"125700\\\"}\"}")]
    [InlineData("<pre>{&quot;otp&quot;:&quot;125700&quot;}</pre>")]
    [InlineData("otp=125700&user=a")]
    [InlineData("the code 125700 was sent")]
    [InlineData("otp: -125700")]
    public void Find_AnOtpAsTextOrString_IsALeak(string content)
    {
        using var folder = new Support.TempFolder();
        folder.Write("report.txt", content);

        var leak = BundleSecretSweep.Find(folder.Path, Otp).ShouldHaveSingleItem();
        leak.ShouldStartWith("report.txt contains a otp value (");
        leak.ShouldNotContain("125700"); // the failure says where, with the value masked
    }

    [Theory]
    [InlineData("{\"duration\":{\"seconds\":0,\"nanos\":125700}}")]
    [InlineData("{\"nanos\": 125700}")]
    [InlineData("{\"id\":\"1257001\",\"n\":3125700}")]
    [InlineData("{\"astNodeIds\":[\"add26754-303\"],\"id\":\"add26754-125700\"}")]
    [InlineData("P-8d1c2a44-125700-4f1e")]
    public void Find_TheSameDigitsAsAJsonNumberInALongerNumberOrInAHyphenatedId_IsNoLeak(string content)
    {
        using var folder = new Support.TempFolder();
        folder.Write("messages.ndjson", content);

        BundleSecretSweep.Find(folder.Path, Otp).ShouldBeEmpty();
    }

    [Fact]
    public void Find_TextSecrets_EachFoundWhereverItStandsIncludingSharedPrefixesAndShortOnes()
    {
        using var folder = new Support.TempFolder();
        folder.Write("report.html", "<td>token eyJhbGciOiJIUzI1.payload</td> key=abc and LbQwertyui42!");
        var secrets = new Dictionary<string, HashSet<string>>
        {
            ["token"] = ["eyJhbGciOiJIUzI1.payload", "eyJhbGciOiJIUzI1.other"],
            ["password"] = ["LbQwertyui42!", "LbQwertyui43!"],
            ["key"] = ["abc"],
        };

        BundleSecretSweep.Find(folder.Path, secrets).Order().ShouldBe(
            ["report.html contains a key value", "report.html contains a password value", "report.html contains a token value"]);
    }
}
