using MfaConformance.Targets.Errors;

namespace MfaConformance.Targets.Settings;

/// <summary>
/// Resolves <see cref="HarnessSettings"/> in one order everywhere: defaults (the command's) &lt; configuration file &lt;
/// environment (MFA_*) &lt; command-line options, through the rows of <see cref="SettingsTable"/>. The file is
/// <c>--config PATH</c> or <c>MFA_CONFIG</c> (must exist), else <c>./mfa-conformance.json</c> when present (absent =
/// defaults). Throws <see cref="SettingsException"/> naming the setting and the problem (exit code 2).
/// </summary>
public static class SettingsResolver
{
    public static HarnessSettings Resolve(SettingsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = new HarnessSettings();
        foreach (var setting in SettingsTable.All)
        {
            if (setting.CommandDefaults.TryGetValue(request.Command, out var commandDefault))
            {
                settings = setting.Apply(settings, [commandDefault], new SettingSource($"the default of {setting.Key}", SettingOrigin.Default, request.CurrentDirectory));
            }
        }

        settings = settings with { ReportsFolder = Path.GetFullPath(Path.Combine(request.CurrentDirectory, settings.ReportsFolder)) };
        if (FindConfigFile(request.ConfigPath, request.Environment, request.CurrentDirectory) is { } path)
        {
            settings = ConfigFileReader.Apply(settings, path);
        }

        settings = EnvironmentReader.Apply(settings, request.Environment, request.CurrentDirectory);
        foreach (var setting in SettingsTable.All)
        {
            if (request.Options.TryGetValue(setting.Key, out var values) && values.Count > 0)
            {
                var name = setting.Option ?? setting.Key;
                settings = ApplyOne(settings, setting, values, new SettingSource(name, SettingOrigin.Option, request.CurrentDirectory));
            }
        }

        return SettingsValidator.Validate(settings);
    }

    /// <summary>The configuration file to read, or null (no file: defaults).</summary>
    public static string? FindConfigFile(string? explicitPath, Func<string, string?> environment, string currentDirectory)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return MustExist(Path.Combine(currentDirectory, explicitPath.Trim()), SettingsTable.ConfigOption);
        }

        if (EnvironmentReader.Get(environment, SettingsTable.ConfigVariable) is { } fromEnvironment)
        {
            return MustExist(Path.Combine(currentDirectory, fromEnvironment.Trim()), SettingsTable.ConfigVariable);
        }

        var defaultPath = Path.Combine(currentDirectory, SettingsTable.DefaultConfigFileName);
        return File.Exists(defaultPath) ? Path.GetFullPath(defaultPath) : null;
    }

    /// <summary>Applies one layer's values of one setting and records where it came from.</summary>
    internal static HarnessSettings ApplyOne(HarnessSettings settings, Setting setting, IReadOnlyList<string> values, SettingSource source)
    {
        var applied = setting.Apply(settings, values, source);
        var origins = new Dictionary<string, SettingOrigin>(applied.Origins, StringComparer.Ordinal) { [setting.Key] = source.Origin };
        return applied with { Origins = origins };
    }

    private static string MustExist(string path, string setting) =>
        File.Exists(path)
            ? Path.GetFullPath(path)
            : throw new SettingsException(setting, $"the configuration file '{Path.GetFullPath(path)}' does not exist (run 'mfa-conformance init' to write one)");
}
