using MfaConformance.ReferenceServer.State;

namespace MfaConformance.ReferenceServer.Tests.State;

public sealed class BrandNamesTests
{
    [Theory]
    [InlineData("Bukl", "BUKL")]
    [InlineData("docDemo-2", "DOCDEMO-2")]
    [InlineData("ACME", "ACME")]
    public void Normalize_AsciiLetters_AreUpperCased(string given, string expected) => BrandNames.Normalize(given).ShouldBe(expected);

    [Theory]
    [InlineData("\u017F", "S")] // long s
    [InlineData("\u0131", "I")] // dotless i
    [InlineData("\u212A", "K")] // Kelvin sign
    [InlineData("\uFB00", "FF")] // ligature ff
    [InlineData("\u00E9", "\u00C9")] // other characters compare exactly, case included
    public void Normalize_NonAsciiLetters_AreNeverFoldedIntoOtherLetters(string given, string lookalike)
    {
        BrandNames.Normalize($"ACME{given}").ShouldBe($"ACME{given}");
        BrandNames.Normalize($"ACME{given}").ShouldNotBe($"ACME{lookalike}");
    }
}
