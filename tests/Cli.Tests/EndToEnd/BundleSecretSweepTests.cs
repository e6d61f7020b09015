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
    public void Find_AnOtpAsTextOrString_IsALeak(string content)
    {
        using var folder = new Support.TempFolder();
        folder.Write("report.txt", content);

        BundleSecretSweep.Find(folder.Path, Otp).ShouldBe(["report.txt contains a otp value"]);
    }

    [Theory]
    [InlineData("{\"duration\":{\"seconds\":0,\"nanos\":125700}}")]
    [InlineData("{\"nanos\": 125700}")]
    [InlineData("{\"id\":\"1257001\",\"n\":3125700}")]
    public void Find_TheSameDigitsAsAJsonNumberOrInALongerNumber_IsNoLeak(string content)
    {
        using var folder = new Support.TempFolder();
        folder.Write("messages.ndjson", content);

        BundleSecretSweep.Find(folder.Path, Otp).ShouldBeEmpty();
    }
}
