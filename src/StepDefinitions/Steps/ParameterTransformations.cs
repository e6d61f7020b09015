using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Parameters;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Steps;

/// <summary>
/// The custom Cucumber parameter types {otp}, {credential} and {defect} of the glossary, and {password}: a quoted
/// password literal, sent as the scenario's same-shape stand-in (<see cref="PasswordBook"/>) so that no report holds a
/// password that went over the wire. Each regex is one capture group: Reqnroll passes a transformation the groups of
/// its regex, and makes the Cucumber parameter type from the same regex.
/// </summary>
[Binding]
public sealed class ParameterTransformations(PasswordBook passwords)
{
    [StepArgumentTransformation("(" + ParameterPhrases.OtpRegex + ")", Name = "otp")]
    public OtpReference ToOtp(string phrase) => ParameterPhrases.ParseOtp(phrase);

    [StepArgumentTransformation("(" + ParameterPhrases.CredentialRegex + ")", Name = "credential")]
    public CredentialReference ToCredential(string phrase) => ParameterPhrases.ParseCredential(phrase);

    [StepArgumentTransformation("(" + ParameterPhrases.DefectRegex + ")", Name = "defect")]
    public FieldDefect ToDefect(string phrase) => ParameterPhrases.ParseDefect(phrase);

    [StepArgumentTransformation("(" + ParameterPhrases.VariantRegex + ")", Name = "variant")]
    public ValueVariant ToVariant(string phrase) => ParameterPhrases.ParseVariant(phrase);

    [StepArgumentTransformation("(" + ParameterPhrases.PasswordRegex + ")", Name = "password")]
    public TestPassword ToPassword(string quoted)
    {
        var (literal, variant) = ParameterPhrases.SplitPassword(quoted);
        return new(ParameterPhrases.Derive(passwords.Real(literal), variant), literal);
    }
}
