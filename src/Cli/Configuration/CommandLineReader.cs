using MfaConformance.Cli.Targets;

namespace MfaConformance.Cli.Configuration;

/// <summary>Applies <see cref="SettingsOverrides"/> (the command line, the last layer).</summary>
internal static class CommandLineReader
{
    public static HarnessSettings Apply(HarnessSettings s, SettingsOverrides o)
    {
        if (o.TargetUrl is not null)
        {
            s = s with { TargetUrl = HarnessSettingsResolver.ParseUrl(o.TargetUrl, "--target") };
        }

        if (o.Brand is not null)
        {
            s = s with { Brand = string.IsNullOrWhiteSpace(o.Brand) ? throw new SettingsException("--brand", "must not be blank") : o.Brand.Trim() };
        }

        if (o.OtpSource is not null)
        {
            s = s with { Otp = SettingValues.ApplyOtpSpec(s.Otp, o.OtpSource, "--otp-source") };
        }

        if (o.Fixtures is not null)
        {
            s = s with { FixturesPath = SettingsValidator.ExistingFile(o.Fixtures, "--fixtures") };
        }

        if (o.Timeout is not null)
        {
            s = s with { Timeout = SettingValues.ParseDuration(o.Timeout, "--timeout") };
        }

        if (o.ReportsFolder is not null)
        {
            s = s with { ReportsFolder = string.IsNullOrWhiteSpace(o.ReportsFolder) ? throw new SettingsException("--reports", "must not be blank") : o.ReportsFolder.Trim() };
        }

        if (o.AllowInvalidCertificates is { } allow)
        {
            s = s with { AllowInvalidCertificates = allow };
        }

        if (o.Headers.Count > 0)
        {
            s = s with { ExtraHeaders = MergeHeaders(s.ExtraHeaders, o.Headers) };
        }

        if (o.MaxResponseSize is not null)
        {
            s = s with { MaxResponseBytes = SettingValues.ParseSize(o.MaxResponseSize, "--max-response-size") };
        }

        if (o.ScenarioTimeout is not null)
        {
            s = s with { ScenarioTimeout = SettingValues.ParseDuration(o.ScenarioTimeout, "--scenario-timeout") };
        }

        if (o.SuiteTimeout is not null)
        {
            s = s with { SuiteTimeout = SettingValues.ParseDuration(o.SuiteTimeout, "--suite-timeout") };
        }

        if (o.Mutant is not null)
        {
            s = s with { EmbeddedMutant = o.Mutant.Trim() };
        }

        if (o.LoadDuration is not null)
        {
            s = s with { LoadDuration = SettingValues.ParseDuration(o.LoadDuration, "--load-duration") };
        }

        if (o.LoadRate is not null)
        {
            s = s with { LoadRate = SettingValues.ParseRate(o.LoadRate, "--load-rate") };
        }

        return s;
    }

    private static Dictionary<string, string> MergeHeaders(IReadOnlyDictionary<string, string> existing, IEnumerable<string> pairs)
    {
        var merged = new Dictionary<string, string>(existing, StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            var name = colon > 0 ? pair[..colon].Trim() : string.Empty;
            if (name.Length == 0 || name.Any(char.IsWhiteSpace))
            {
                throw new SettingsException("--header", "expects 'Name: value' (the value is never printed)");
            }

            merged[name] = pair[(colon + 1)..].Trim();
        }

        return merged;
    }
}
