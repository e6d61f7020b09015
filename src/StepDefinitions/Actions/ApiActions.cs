using System.Reflection;

namespace MfaConformance.StepDefinitions.Actions;

/// <summary>
/// The catalogue of the API actions the step bindings make, in flow order: for each, the endpoint (<see cref="ApiAction.Endpoint"/>),
/// the spec id and the load metric name. A binding names its action with <see cref="ApiActionAttribute"/>; the rule matrix
/// (its columns, the endpoint each scenario checks), the measured load steps and the reports read it from here.
/// </summary>
public static class ApiActions
{
    public const string TokenGenerate = "token/generate";
    public const string OtpGenerate = "otp/generate";
    public const string OtpValidate = "otp/validate";
    public const string TokenRegenerate = "token/regenerate";
    public const string MfaTokenGenerate = "mfa/token/generate";
    public const string MfaOtpGenerate = "mfa/otp/generate";
    public const string MfaOtpValidate = "mfa/otp/validate";
    public const string MfaPasswordValidate = "mfa/password/validate";
    public const string MfaPasswordForget = "mfa/password/forget";
    public const string MfaPasswordChange = "mfa/password/change";

    /// <summary>The MFA password change (E13) on the path /auth/v1/password/change (#3).</summary>
    public const string PasswordChange = "password/change";
    public const string MfaTokenRegenerate = "mfa/token/regenerate";
    public const string MfaTokenExpire = "mfa/token/expire";

    public static IReadOnlyList<ApiAction> All { get; } =
    [
        new(TokenGenerate, "E1", "first factor: token"),
        new(OtpGenerate, "E2", "first factor: OTP request"),
        new(OtpValidate, "E3", "first factor: OTP validation"),
        new(TokenRegenerate, "E5", "first-factor token regeneration"),
        new(MfaTokenGenerate, "E8", "MFA session"),
        new(MfaOtpGenerate, "E9", "MFA OTP request"),
        new(MfaOtpValidate, "E10", "MFA OTP validation"),
        new(MfaPasswordValidate, "E11", "MFA password validation"),
        new(MfaPasswordForget, "E12", "MFA password reset"),
        new(MfaPasswordChange, "E13", "MFA password change"),
        new(PasswordChange, "E13 #3", "change on the password/change path"),
        new(MfaTokenRegenerate, "E14", "MFA token regeneration"),
        new(MfaTokenExpire, "E15", "MFA token expiry (logout)"),
    ];

    public static ApiAction? Find(string id) => All.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));

    /// <summary>Like <see cref="Find"/>, but an unknown id is an <see cref="ArgumentException"/> listing the known ones.</summary>
    public static ApiAction Get(string id) =>
        Find(id) ?? throw new ArgumentException($"unknown API action '{id}'; known: {string.Join(", ", All.Select(a => a.Id))}", nameof(id));

    /// <summary>The action a step binding makes (its <see cref="ApiActionAttribute"/>), or null when it makes none of its own.</summary>
    public static ApiAction? Of(MethodInfo? binding) =>
        binding?.GetCustomAttribute<ApiActionAttribute>() is { } declared ? Get(declared.Action) : null;

    /// <summary>The <see cref="ChecksTheCallAttribute"/> of a Then binding, or null when it checks no call.</summary>
    public static ChecksTheCallAttribute? CheckOf(MethodInfo? binding) => binding?.GetCustomAttribute<ChecksTheCallAttribute>();

    /// <summary>Where the fresh login of a check ends (<see cref="FreshLoginCheckAttribute"/>), or null when the binding makes none.</summary>
    public static ApiAction? FreshLoginEndOf(MethodInfo? binding) =>
        binding?.GetCustomAttribute<FreshLoginCheckAttribute>() is { } declared ? Get(declared.EndsAt) : null;
}
