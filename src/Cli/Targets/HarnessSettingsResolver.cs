using MfaConformance.Cli.Configuration;

namespace MfaConformance.Cli.Targets;

/// <summary>
/// Resolves <see cref="HarnessSettings"/> in layers: defaults &lt; configuration file &lt; environment (MFA_*) &lt;
/// command line. The file is <c>--config PATH</c> or <c>MFA_CONFIG</c> (must exist), else
/// <c>./mfa-conformance.json</c> when present (absent = defaults). Throws <see cref="SettingsException"/> naming the
/// setting and the problem (exit code 2).
/// </summary>
internal static class HarnessSettingsResolver
{
    public const string TargetUrlVariable = "MFA_TARGET_URL";
    public const string BrandVariable = "MFA_BRAND";
    public const string DefaultConfigFileName = "mfa-conformance.json";

    /// <summary>The original entry point: only --target and --brand from the command line (the file and environment still apply).</summary>
    public static HarnessSettings Resolve(string? targetUrl, string? brand, Func<string, string?>? environment = null) =>
        Resolve(new SettingsOverrides { TargetUrl = targetUrl, Brand = brand }, environment);

    public static HarnessSettings Resolve(SettingsOverrides overrides, Func<string, string?>? environment = null, string? currentDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        environment ??= Environment.GetEnvironmentVariable;
        currentDirectory ??= Directory.GetCurrentDirectory();
        var settings = new HarnessSettings();
        if (FindConfigFile(overrides.ConfigPath, environment, currentDirectory) is { } path)
        {
            settings = ConfigFileReader.Apply(settings, path);
        }

        settings = EnvironmentReader.Apply(settings, environment);
        settings = CommandLineReader.Apply(settings, overrides);
        return SettingsValidator.Validate(settings);
    }

    /// <summary>The configuration file to read, or null (no file: defaults).</summary>
    public static string? FindConfigFile(string? explicitPath, Func<string, string?> environment, string currentDirectory)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return MustExist(Path.Combine(currentDirectory, explicitPath.Trim()), "--config");
        }

        if (environment(EnvironmentReader.ConfigVariable) is { } fromEnvironment && !string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return MustExist(Path.Combine(currentDirectory, fromEnvironment.Trim()), EnvironmentReader.ConfigVariable);
        }

        var defaultPath = Path.Combine(currentDirectory, DefaultConfigFileName);
        return File.Exists(defaultPath) ? defaultPath : null;
    }

    public static Uri ParseUrl(string value, string source)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new SettingsException(source, $"'{value}' is not an absolute http:// or https:// URL");
        }

        return uri;
    }

    private static string MustExist(string path, string setting) =>
        File.Exists(path) ? path : throw new SettingsException(setting, $"the configuration file '{path}' does not exist (run 'mfa-conformance init' to write one)");
}
