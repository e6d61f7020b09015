using System.Globalization;

namespace MfaConformance.Explorer.Programs;

/// <summary>
/// One step of a program: a glossary phrase and its arguments. <see cref="Text"/> is the exact step text the suite's
/// bindings match, so a program prints as Gherkin that runs.
/// </summary>
/// <param name="Kind">The phrase.</param>
/// <param name="Args">Its arguments, already in glossary form: a device or field name (unquoted), a password phrase such as
/// <c>"Passw0rd!old" in another case</c> (quoted), an OTP or credential phrase, a defect or variant word.</param>
/// <param name="Times">For the phrases with "{int} times": how many calls (1 prints the single form).</param>
/// <param name="Seconds">For <see cref="StepKind.ClockMoves"/>: how far the clock moves.</param>
public sealed record ProgramStep(StepKind Kind, IReadOnlyList<string> Args, int Times = 1, long Seconds = 0)
{
    public static ProgramStep Of(StepKind kind, params string[] args) => new(kind, args);

    public static ProgramStep Repeated(StepKind kind, int times, params string[] args) => new(kind, args, times);

    public static ProgramStep Clock(long seconds) => new(StepKind.ClockMoves, [], Seconds: seconds);

    /// <summary>Modifiers change only the next action (N1–N10).</summary>
    public bool IsModifier => Kind is StepKind.NextFromDevice or StepKind.NextNamesBrand or StepKind.NextNamesSecondBrand or StepKind.NextNamesBrandInLowerCase
        or StepKind.NextNamesOtherCustomersIdentifier or StepKind.NextCarries or StepKind.NextFieldDefect or StepKind.NextSendsFieldAs or StepKind.NextSendsFieldVariant;

    /// <summary>Set-up composites of the other customer (Given phrases).</summary>
    public bool IsSetUp => Kind is StepKind.OtherCustomerCompletesMfa or StepKind.OtherCustomerValidatesMfaOtp;

    /// <summary>An action: one API call (or <see cref="Times"/> calls) recorded as "the call".</summary>
    public bool IsAction => !IsModifier && !IsSetUp && Kind != StepKind.ClockMoves;

    /// <summary>The step text without its keyword, exactly as the bindings match it.</summary>
    public string Text => Kind switch
    {
        StepKind.StartFirstFactor => $"the customer starts the first factor on device {Quote(Args[0])}",
        StepKind.RequestFirstFactorOtp => $"the customer requests a first-factor OTP{TimesText}",
        StepKind.SubmitFirstFactorOtp => $"the customer submits {Args[0]} as the first-factor OTP{TimesText}",
        StepKind.RegenerateFirstFactorToken => "the customer regenerates the first-factor token",
        StepKind.RequestMfaSession => "the customer requests an MFA session",
        StepKind.RequestMfaSessionSettingPassword => $"the customer requests an MFA session setting the password {Args[0]} confirmed as {Args[1]}",
        StepKind.RequestMfaOtp => $"the customer requests an MFA OTP{TimesText}",
        StepKind.SubmitMfaOtp => $"the customer submits {Args[0]} as the MFA OTP{TimesText}",
        StepKind.ValidatePassword => $"the customer validates the MFA password {Args[0]}{TimesText}",
        StepKind.ResetPassword => $"the customer resets the MFA password to {Args[0]} confirmed as {Args[1]}",
        StepKind.ChangePassword => $"the customer changes the MFA password from {Args[0]} to {Args[1]} confirmed as {Args[2]}",
        StepKind.ChangePasswordOnAliasPath => $"the customer changes the MFA password through the password/change path from {Args[0]} to {Args[1]} confirmed as {Args[2]}",
        StepKind.RegenerateMfaToken => "the customer regenerates the MFA token",
        StepKind.ExpireMfaToken => "the customer expires the MFA token",
        StepKind.ExpireMfaTokenByPost => "the customer expires the MFA token by POST",
        StepKind.NextFromDevice => $"the next call is made from device {Quote(Args[0])}",
        StepKind.NextNamesBrand => $"the next call names brand {Quote(Args[0])}",
        StepKind.NextNamesSecondBrand => "the next call names the second brand",
        StepKind.NextNamesBrandInLowerCase => "the next call names the brand in lower case",
        StepKind.NextNamesOtherCustomersIdentifier => "the next call names the other customer's identifier",
        StepKind.NextCarries => $"the next call carries {Args[0]}",
        StepKind.NextFieldDefect => $"the next call has the field {Quote(Args[0])} {Args[1]}",
        StepKind.NextSendsFieldAs => $"the next call sends the field {Quote(Args[0])} as {Quote(Args[1])}",
        StepKind.NextSendsFieldVariant => $"the next call sends the field {Quote(Args[0])} {Args[1]}",
        StepKind.ClockMoves => ClockText(Seconds),
        StepKind.OtherCustomerCompletesMfa => $"the other customer has completed MFA with their password on device {Quote(Args[0])}",
        StepKind.OtherCustomerValidatesMfaOtp => $"the other customer has validated an MFA OTP on device {Quote(Args[0])}",
        _ => throw new InvalidOperationException($"no text for {Kind}"),
    };

    public override string ToString() => Text;

    private string TimesText => Times > 1 ? string.Create(CultureInfo.InvariantCulture, $" {Times} times") : string.Empty;

    private static string Quote(string value) => $"\"{value}\"";

    private static string ClockText(long seconds)
    {
        var minutes = seconds / 60;
        var rest = seconds % 60;
        return minutes == 0 ? string.Create(CultureInfo.InvariantCulture, $"the target's clock moves forward {rest} seconds")
            : rest == 0 ? string.Create(CultureInfo.InvariantCulture, $"the target's clock moves forward {minutes} minutes")
            : string.Create(CultureInfo.InvariantCulture, $"the target's clock moves forward {minutes} minutes and {rest} seconds");
    }
}
