namespace MfaConformance.Cli.Targets;

/// <summary>
/// Resolves <see cref="HarnessSettings"/>: defaults, then the environment (MFA_TARGET_URL, MFA_BRAND), then
/// command-line values (which win). Throws <see cref="SettingsException"/> naming the setting and the problem.
/// </summary>
internal static class HarnessSettingsResolver
{
    public const string TargetUrlVariable = "MFA_TARGET_URL";
    public const string BrandVariable = "MFA_BRAND";

    public static HarnessSettings Resolve(string? targetUrl, string? brand, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var settings = new HarnessSettings();
        settings = Apply(settings, environment(TargetUrlVariable), TargetUrlVariable, environment(BrandVariable), BrandVariable);
        return Apply(settings, targetUrl, "--target", brand, "--brand");
    }

    private static HarnessSettings Apply(HarnessSettings settings, string? url, string urlSource, string? brand, string brandSource)
    {
        if (!string.IsNullOrWhiteSpace(url))
        {
            settings = settings with { TargetUrl = ParseUrl(url, urlSource) };
        }

        if (brand is not null)
        {
            if (string.IsNullOrWhiteSpace(brand))
            {
                throw new SettingsException(brandSource, "must not be blank");
            }

            settings = settings with { Brand = brand.Trim() };
        }

        return settings;
    }

    public static Uri ParseUrl(string value, string source)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new SettingsException(source, $"'{value}' is not an absolute http:// or https:// URL");
        }

        return uri;
    }
}
