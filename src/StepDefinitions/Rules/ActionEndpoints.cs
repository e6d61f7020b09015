using System.Text.RegularExpressions;
using static MfaConformance.StepDefinitions.Rules.RuleEndpoints;

namespace MfaConformance.StepDefinitions.Rules;

/// <summary>
/// Which endpoint a pickle's rule is checked on: the endpoint called by the last action before the first check that
/// the call was refused; else before the first check of the call at all; else, when the pickle only checks fresh
/// logins, where the fresh login ends: mfa/password/validate ("… complete MFA …") or otp/validate ("… complete the
/// first factor"). The action
/// phrases are those of the glossary (features/README.md, A1–A14).
/// </summary>
public static partial class ActionEndpoints
{
    private static readonly (Regex Phrase, string Endpoint)[] Actions =
    [
        (StartsFirstFactor(), TokenGenerate),
        (RequestsFirstFactorOtp(), OtpGenerate),
        (SubmitsFirstFactorOtp(), OtpValidate),
        (RegeneratesFirstFactorToken(), TokenRegenerate),
        (RequestsMfaSession(), MfaTokenGenerate),
        (RequestsMfaOtp(), MfaOtpGenerate),
        (SubmitsMfaOtp(), MfaOtpValidate),
        (ValidatesMfaPassword(), MfaPasswordValidate),
        (ResetsMfaPassword(), MfaPasswordForget),
        (ChangesOnPasswordChangePath(), PasswordChange),
        (ChangesMfaPassword(), MfaPasswordChange),
        (RegeneratesMfaToken(), MfaTokenRegenerate),
        (ExpiresMfaToken(), MfaTokenExpire),
    ];

    /// <summary>The endpoint an action step calls, or null when the step is not an API action (a modifier, the clock).</summary>
    public static string? Of(string actionText)
    {
        ArgumentNullException.ThrowIfNull(actionText);
        return Actions.FirstOrDefault(a => a.Phrase.IsMatch(actionText)).Endpoint;
    }

    /// <summary>The endpoint whose answer the pickle checks (see the type's summary), or null when none can be told.</summary>
    public static string? CheckedBy(IReadOnlyList<SuiteStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var checks = steps.Select((s, i) => (Step: s, Index: i)).Where(s => s.Step.Kind == SuiteStepKind.Outcome).ToArray();
        var callCheck = checks.Where(c => ChecksTheCall(c.Step.Text)).ToArray();
        var (step, index) = callCheck.FirstOrDefault(c => IsRefusal(c.Step.Text));
        if (step is null)
        {
            (step, index) = callCheck.FirstOrDefault();
        }

        if (step is null)
        {
            var login = checks.Select(c => c.Step.Text).FirstOrDefault(t => FreshLoginCheck().IsMatch(t) || FreshFirstFactorCheck().IsMatch(t));
            return login is null ? null : FreshLoginCheck().IsMatch(login) ? MfaPasswordValidate : OtpValidate;
        }

        return steps.Take(index).Where(s => s.Kind == SuiteStepKind.Action).Select(s => Of(s.Text)).LastOrDefault(e => e is not null);
    }

    private static bool ChecksTheCall(string text) =>
        text.StartsWith("the call ", StringComparison.Ordinal)
        || text.StartsWith("each of those calls ", StringComparison.Ordinal)
        || text.StartsWith("the response", StringComparison.Ordinal);

    private static bool IsRefusal(string text) =>
        text.StartsWith("the call fails", StringComparison.Ordinal) || text.StartsWith("each of those calls fails", StringComparison.Ordinal);

    [GeneratedRegex("^the customer starts the first factor ")]
    private static partial Regex StartsFirstFactor();

    [GeneratedRegex("^the customer requests a first-factor OTP( \\d+ times)?$")]
    private static partial Regex RequestsFirstFactorOtp();

    [GeneratedRegex("^the customer submits .+ as the first-factor OTP( \\d+ times)?$")]
    private static partial Regex SubmitsFirstFactorOtp();

    [GeneratedRegex("^the customer regenerates the first-factor token$")]
    private static partial Regex RegeneratesFirstFactorToken();

    [GeneratedRegex("^the customer requests an MFA session( |$)")]
    private static partial Regex RequestsMfaSession();

    [GeneratedRegex("^the customer requests an MFA OTP( \\d+ times)?$")]
    private static partial Regex RequestsMfaOtp();

    [GeneratedRegex("^the customer submits .+ as the MFA OTP( \\d+ times)?$")]
    private static partial Regex SubmitsMfaOtp();

    [GeneratedRegex("^the customer validates the MFA password ")]
    private static partial Regex ValidatesMfaPassword();

    [GeneratedRegex("^the customer resets the MFA password ")]
    private static partial Regex ResetsMfaPassword();

    [GeneratedRegex("^the customer changes the MFA password through the password/change path ")]
    private static partial Regex ChangesOnPasswordChangePath();

    [GeneratedRegex("^the customer changes the MFA password from ")]
    private static partial Regex ChangesMfaPassword();

    [GeneratedRegex("^the customer regenerates the MFA token$")]
    private static partial Regex RegeneratesMfaToken();

    [GeneratedRegex("^the customer expires the MFA token$")]
    private static partial Regex ExpiresMfaToken();

    [GeneratedRegex("^the (other )?customer can(not)? complete MFA with the password ")]
    private static partial Regex FreshLoginCheck();

    [GeneratedRegex("^the (other )?customer can(not)? complete the first factor")]
    private static partial Regex FreshFirstFactorCheck();
}
