using MfaConformance.Cli.Conformance;
using MfaConformance.Cli.Tests.EndToEnd;
using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests.Conformance;

/// <summary>The Cucumber HTML report's messages are packed in the page and come out as they went in.</summary>
public sealed class CompactReportsTests
{
    private const string Messages = "[{\"meta\":{\"protocolVersion\":\"30.1.0\"}},{\"attachment\":{\"body\":\"GET /auth/v1/x \\x3Cwhy> 200\"}}]";

    [Fact]
    public void Pack_ACucumberPage_HoldsTheMessagesGzippedAndTheAppDeferredAndUnpacksToTheSameMessages()
    {
        var page = BundleSecretSweepTests.CucumberPage(Messages, "var app = 1;");

        var packed = CompactReports.Pack(page).ShouldNotBeNull();

        packed.ShouldNotContain("window.CUCUMBER_MESSAGES = [");
        packed.ShouldContain($"<script id=\"{CompactReports.PackedMessagesId}\" type=\"application/gzip;base64\">");
        packed.ShouldContain($"<script id=\"{CompactReports.DeferredAppId}\" type=\"text/plain\">\n/*! For license information please see main.js.LICENSE.txt */\nvar app = 1;\n</script>");
        packed.ShouldContain("new DecompressionStream(\"gzip\")");
        var unpacked = ReportText.Unpacked(packed);
        unpacked.ShouldContain("{\"body\":\"GET /auth/v1/x \\u003Cwhy> 200\"}", Case.Sensitive, "\\x3C (JavaScript) becomes \\u003C (JSON)");
        unpacked.ShouldContain("\"protocolVersion\":\"30.1.0\"");
        packed.ShouldEndWith("</body></html>");
    }

    [Theory]
    [InlineData("<html><body><p>no messages here</p></body></html>")]
    [InlineData("<html><body><script>\nwindow.CUCUMBER_MESSAGES = [{'single': 1}];\n</script>\n<script>var app;</script></body></html>")]
    [InlineData("<html><body><script>\nwindow.CUCUMBER_MESSAGES = [];\n</script><p>between</p><script>var app;</script></body></html>")]
    public void Pack_APageOfAnotherLayout_IsLeftAsWritten(string page) => CompactReports.Pack(page).ShouldBeNull();

    [Fact]
    public void Pack_AnEscapedBackslashBeforeX3C_IsNotTakenForAnEscape()
    {
        var page = BundleSecretSweepTests.CucumberPage("[\"a\\\\x3Cb\"]", "var app;");

        ReportText.Unpacked(CompactReports.Pack(page).ShouldNotBeNull()).ShouldContain("[\"a\\\\x3Cb\"]");
    }
}
