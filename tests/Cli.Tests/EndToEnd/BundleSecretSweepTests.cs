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

    [Fact]
    public void Find_AnOtpInGzippedMessages_IsALeak()
    {
        using var folder = new Support.TempFolder();
        var path = folder.Write("messages.ndjson", "{\"attachment\":{\"body\":\"the code 125700 was sent\"}}");
        Cli.Conformance.CompactReports.Gzip(path);

        Names(BundleSecretSweep.Find(folder.Path, Otp)).ShouldBe(["messages.ndjson.gz contains a otp value"]);
    }

    [Fact]
    public void Find_TheOtpsDigitsInCucumbersStaticScript_IsNoLeakButInTheMessagesOrATokenThereIs()
    {
        using var folder = new Support.TempFolder();
        folder.Write("report.html", CucumberPage(messages: "[{\"meta\":{}}]", app: "var table=[125700,125701];var x='eyJhbGciOiJIUzI1.payload';"));
        var secrets = new Dictionary<string, HashSet<string>> { ["otp"] = ["125700"], ["token"] = ["eyJhbGciOiJIUzI1.payload"] };

        BundleSecretSweep.Find(folder.Path, secrets).ShouldBe(["report.html contains a token value"]);

        folder.Write("report.html", CucumberPage(messages: "[{\"attachment\":{\"body\":\"code 125700\"}}]", app: "var table=[125700];"));
        Names(BundleSecretSweep.Find(folder.Path, Otp)).ShouldBe(["report.html contains a otp value"], "an OTP in the report's messages is still caught");

        var packed = Cli.Conformance.CompactReports.Pack(CucumberPage(messages: "[{\"attachment\":{\"body\":\"code 125700\"}}]", app: "var table=[125700];"));
        packed.ShouldNotBeNull().ShouldNotContain("code 125700", Case.Sensitive, "the messages are packed");
        folder.Write("report.html", packed);
        Names(BundleSecretSweep.Find(folder.Path, Otp)).ShouldBe(["report.html contains a otp value"], "an OTP in the report's packed messages is still caught");
    }

    /// <summary>The leaks without the context each one names.</summary>
    private static IEnumerable<string> Names(IEnumerable<string> leaks) => leaks.Select(l => l.Split(" (")[0]);

    /// <summary>A Cucumber HTML report shaped as Reqnroll's html formatter writes it.</summary>
    internal static string CucumberPage(string messages, string app) =>
        $"<!DOCTYPE html><html><body><div id=\"content\"></div>\n<script>\nwindow.CUCUMBER_MESSAGES = {messages};\n</script>\n<script>\n/*! For license information please see main.js.LICENSE.txt */\n{app}\n</script>\n</body></html>";
}
