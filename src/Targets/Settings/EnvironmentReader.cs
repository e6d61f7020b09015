namespace MfaConformance.Targets.Settings;

/// <summary>Applies the MFA_* environment variables of <see cref="SettingsTable"/> (an empty variable counts as unset).</summary>
public static class EnvironmentReader
{
    /// <summary>
    /// Warnings for set MFA_* variables that look like a misspelt setting (e.g. MFA_TARGETURL), so a typo in CI does
    /// not silently fall back to a default. Names far from every setting are left alone (other tools' variables).
    /// </summary>
    public static IReadOnlyList<string> Warnings(IEnumerable<string> setVariableNames)
    {
        var known = SettingsTable.Variables;
        return
        [
            .. setVariableNames
                .Where(n => n.StartsWith("MFA_", StringComparison.Ordinal) && !known.Contains(n, StringComparer.Ordinal))
                .Select(n => (Name: n, Suggestion: KeySuggester.Suggest(n, known)))
                .Where(x => x.Suggestion is not null)
                .Select(x => $"warning: the environment variable {x.Name} is not a setting; did you mean {x.Suggestion}?"),
        ];
    }

    /// <summary>The value of a variable, or null when it is unset or blank.</summary>
    public static string? Get(Func<string, string?> environment, string name)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
    }

    public static HarnessSettings Apply(HarnessSettings settings, Func<string, string?> environment, string currentDirectory)
    {
        foreach (var setting in SettingsTable.All)
        {
            if (setting.Variable is { } variable && Get(environment, variable) is { } value)
            {
                var source = new SettingSource(variable, SettingOrigin.Environment, currentDirectory);
                settings = SettingsResolver.ApplyOne(settings, setting, [value], source);
            }
        }

        return settings;
    }
}
