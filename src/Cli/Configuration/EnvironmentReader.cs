using MfaConformance.Cli.Targets;

namespace MfaConformance.Cli.Configuration;

/// <summary>Applies the MFA_* environment variables (an empty variable counts as unset).</summary>
internal static class EnvironmentReader
{
    public const string ConfigVariable = "MFA_CONFIG";

    /// <summary>Every variable the harness reads, for `--help` and the docs.</summary>
    public static readonly IReadOnlyList<string> Variables =
    [
        HarnessSettingsResolver.TargetUrlVariable, HarnessSettingsResolver.BrandVariable, "MFA_OTP_SOURCE", "MFA_OTP_VALUE",
        "MFA_OTP_COMMAND", "MFA_FIXTURES", "MFA_TIMEOUT", "MFA_REPORTS", "MFA_ALLOW_INVALID_CERTIFICATES", "MFA_LOAD_DURATION",
        "MFA_LOAD_RATE", "MFA_MAX_RESPONSE_SIZE", "MFA_SCENARIO_TIMEOUT", "MFA_SUITE_TIMEOUT", ConfigVariable,
    ];

    /// <summary>
    /// Warnings for set MFA_* variables that look like a misspelt setting (e.g. MFA_TARGETURL), so a typo in CI does
    /// not silently fall back to a default. Names far from every setting are left alone (other tools' variables).
    /// </summary>
    public static IReadOnlyList<string> Warnings(IEnumerable<string> setVariableNames) =>
    [
        .. setVariableNames
            .Where(n => n.StartsWith("MFA_", StringComparison.Ordinal) && !Variables.Contains(n, StringComparer.Ordinal))
            .Select(n => (Name: n, Suggestion: KeySuggester.Suggest(n, Variables)))
            .Where(x => x.Suggestion is not null)
            .Select(x => $"warning: the environment variable {x.Name} is not a setting; did you mean {x.Suggestion}?"),
    ];

    public static HarnessSettings Apply(HarnessSettings s, Func<string, string?> environment)
    {
        string? Get(string name) => environment(name) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value : null;

        if (Get(HarnessSettingsResolver.TargetUrlVariable) is { } url)
        {
            s = s with { TargetUrl = HarnessSettingsResolver.ParseUrl(url, HarnessSettingsResolver.TargetUrlVariable) };
        }

        if (Get(HarnessSettingsResolver.BrandVariable) is { } brand)
        {
            s = s with { Brand = brand.Trim() };
        }

        if (Get("MFA_OTP_SOURCE") is { } source)
        {
            s = s with { Otp = SettingValues.ApplyOtpSpec(s.Otp, source, "MFA_OTP_SOURCE") };
        }

        if (Get("MFA_OTP_VALUE") is { } otp)
        {
            s = s with { Otp = s.Otp with { FixedOtp = otp.Trim() } };
        }

        if (Get("MFA_OTP_COMMAND") is { } command)
        {
            s = s with { Otp = s.Otp with { Command = command } };
        }

        if (Get("MFA_FIXTURES") is { } fixtures)
        {
            s = s with { FixturesPath = SettingsValidator.ExistingFile(fixtures, "MFA_FIXTURES") };
        }

        if (Get("MFA_TIMEOUT") is { } timeout)
        {
            s = s with { Timeout = SettingValues.ParseDuration(timeout, "MFA_TIMEOUT") };
        }

        if (Get("MFA_REPORTS") is { } reports)
        {
            s = s with { ReportsFolder = reports.Trim() };
        }

        if (Get("MFA_ALLOW_INVALID_CERTIFICATES") is { } allow)
        {
            s = s with { AllowInvalidCertificates = SettingValues.ParseBool(allow, "MFA_ALLOW_INVALID_CERTIFICATES") };
        }

        if (Get("MFA_MAX_RESPONSE_SIZE") is { } size)
        {
            s = s with { MaxResponseBytes = SettingValues.ParseSize(size, "MFA_MAX_RESPONSE_SIZE") };
        }

        if (Get("MFA_SCENARIO_TIMEOUT") is { } scenarioTimeout)
        {
            s = s with { ScenarioTimeout = SettingValues.ParseDuration(scenarioTimeout, "MFA_SCENARIO_TIMEOUT") };
        }

        if (Get("MFA_SUITE_TIMEOUT") is { } suiteTimeout)
        {
            s = s with { SuiteTimeout = SettingValues.ParseDuration(suiteTimeout, "MFA_SUITE_TIMEOUT") };
        }

        if (Get("MFA_LOAD_DURATION") is { } duration)
        {
            s = s with { LoadDuration = SettingValues.ParseDuration(duration, "MFA_LOAD_DURATION") };
        }

        if (Get("MFA_LOAD_RATE") is { } rate)
        {
            s = s with { LoadRate = SettingValues.ParseRate(rate, "MFA_LOAD_RATE") };
        }

        return s;
    }
}
