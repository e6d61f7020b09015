using System.Text.RegularExpressions;

using MfaConformance.StepDefinitions.Parameters;
namespace MfaConformance.StepDefinitions.Tests.Parameters;

public sealed class ParameterPhrasesTests
{
    [Fact]
    public void CredentialRegex_EveryGlossaryPhrase_MatchesAndParses()
    {
        foreach (var (phrase, value) in ParameterPhrases.Credentials)
        {
            Regex.IsMatch(phrase, $"^(?:{ParameterPhrases.CredentialRegex})$").ShouldBeTrue(phrase);
            ParameterPhrases.ParseCredential(phrase).ShouldBe(value);
        }
    }

    [Fact]
    public void OtpRegex_EveryGlossaryPhrase_MatchesAndParses()
    {
        foreach (var (phrase, value) in ParameterPhrases.Otps)
        {
            Regex.IsMatch(phrase, $"^(?:{ParameterPhrases.OtpRegex})$").ShouldBeTrue(phrase);
            ParameterPhrases.ParseOtp(phrase).ShouldBe(value);
        }
    }

    [Fact]
    public void ParseDefect_UnknownPhrase_ThrowsNamingTheAllowedOnes()
    {
        ParameterPhrases.ParseDefect("missing").ShouldBe(FieldDefect.Missing);
        ParameterPhrases.ParseDefect("empty").ShouldBe(FieldDefect.Empty);
        Should.Throw<ArgumentException>(() => ParameterPhrases.ParseDefect("blank")).Message.ShouldContain("'missing' or 'empty'");
    }
}
