using MfaConformance.Bdd;

namespace MfaConformance.StepDefinitions;

/// <summary>The custom Cucumber parameter types {otp}, {credential} and {defect} of the glossary.</summary>
[Binding]
public sealed class ParameterTransformations
{
    [StepArgumentTransformation(ParameterPhrases.OtpRegex, Name = "otp")]
    public OtpReference ToOtp(string phrase) => ParameterPhrases.ParseOtp(phrase);

    [StepArgumentTransformation(ParameterPhrases.CredentialRegex, Name = "credential")]
    public CredentialReference ToCredential(string phrase) => ParameterPhrases.ParseCredential(phrase);

    [StepArgumentTransformation(ParameterPhrases.DefectRegex, Name = "defect")]
    public FieldDefect ToDefect(string phrase) => ParameterPhrases.ParseDefect(phrase);
}
