using MfaConformance.LoadEngine.Reporting;

namespace MfaConformance.LoadEngine.Tests.Reporting;

public sealed class HtmlReportWriterTests
{
    [Theory]
    [InlineData(1.2071, "1.207")]
    [InlineData(12.3456, "12.35")]
    [InlineData(769.186, "769.2")]
    [InlineData(12345.6, "12346")]
    [InlineData(0, "0")]
    public void Ms_AnyLatency_AtMostFourSignificantDigits(double ms, string expected) => HtmlReportWriter.Ms(ms).ShouldBe(expected);

    [Theory]
    [InlineData(0L, "0 B")]
    [InlineData(9_999L, "9999 B")]
    [InlineData(450_400L, "450 kB")]
    [InlineData(1_215_600L, "1216 kB")]
    [InlineData(123_456_789_012L, "123 GB")]
    [InlineData(12_345L, "12.3 kB")]
    public void Bytes_AnyCount_AtMostFourDigitsAndAUnit(long bytes, string expected) => HtmlReportWriter.Bytes(bytes).ShouldBe(expected);
}
