namespace MfaConformance.Targets.Settings;

/// <summary>What <see cref="SettingsResolver"/> reads for one run: the command, its options, the environment and the current folder.</summary>
public sealed record SettingsRequest
{
    /// <summary>The command (<see cref="HarnessCommands"/>): it picks the command-specific defaults.</summary>
    public required string Command { get; init; }

    /// <summary>The values given on the command line, by setting key (only the options that were given).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Options { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>--config PATH, or null.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>The environment (tests pass their own; the process's by default).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>Where ./mfa-conformance.json is looked for, and what relative paths of the environment and options start from.</summary>
    public string CurrentDirectory { get; init; } = Directory.GetCurrentDirectory();
}
