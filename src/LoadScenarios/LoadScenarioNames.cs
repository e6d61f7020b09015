namespace MfaConformance.LoadScenarios;

/// <summary>The stable snake_case names of the C# flow scenarios.</summary>
public static class LoadScenarioNames
{
    public const string ReturningUserLogin = "returning_user_login";
    public const string FirstTimeEnrolment = "first_time_enrolment";
    public const string ForgotPassword = "forgot_password";
    public const string ChangePassword = "change_password";
    public const string TokenRegeneration = "token_regeneration";
    public const string FirstFactorLogin = "first_factor_login";

    /// <summary>The scenario `load` runs without --scenario.</summary>
    public const string Default = ReturningUserLogin;

    /// <summary>Every C# flow scenario, in the order of the spec's flows.</summary>
    public static IReadOnlyList<string> Flows { get; } =
        [ReturningUserLogin, FirstTimeEnrolment, ForgotPassword, ChangePassword, TokenRegeneration];

    /// <summary>
    /// C# scenarios that are part of a flow, not a flow of their own (not run by `accept`):
    /// <see cref="FirstFactorLogin"/>, the returning customer's first factor alone (no MFA password hashing on the
    /// target, so it can run at 100/s against production-strength hashing).
    /// </summary>
    public static IReadOnlyList<string> Parts { get; } = [FirstFactorLogin];
}
