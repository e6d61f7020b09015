namespace MfaConformance.Targets.Settings;

/// <summary>
/// One row of <see cref="SettingsTable"/>: a setting declared once, with its key in the configuration file, its
/// environment variable, its command-line option (and the commands that have it), its default, the one line that
/// documents it and how its text is applied. The readers (file, environment, options), --help, the example
/// configuration (`init`) and the table of docs/cli.md are all made from these rows.
/// </summary>
public sealed class Setting
{
    /// <summary>"section.name" in mfa-conformance.json, e.g. "target.timeout".</summary>
    public required string Key { get; init; }

    /// <summary>The MFA_* environment variable, or null when the environment cannot set it.</summary>
    public string? Variable { get; init; }

    /// <summary>The command-line option ("--timeout"), or null when the command line cannot set it.</summary>
    public string? Option { get; init; }

    /// <summary>Other spellings of the option (e.g. "--load-duration" for "--duration").</summary>
    public IReadOnlyList<string> OptionAliases { get; init; } = [];

    public OptionShape Shape { get; init; } = OptionShape.Value;

    /// <summary>The value docs/cli.md shows after a <see cref="OptionShape.Repeated"/> option.</summary>
    public string RepeatedExample { get; init; } = "\"Name: value\"";

    /// <summary>The value a <see cref="OptionShape.Flag"/> option stands for when present.</summary>
    public string FlagValue { get; init; } = "true";

    /// <summary>The commands whose command line has the option (see <see cref="HarnessCommands"/>).</summary>
    public IReadOnlyList<string> Commands { get; init; } = [];

    /// <summary>The default as --help and the docs show it ("10s", "the embedded reference server").</summary>
    public required string Default { get; init; }

    /// <summary>Defaults that differ by command, as text in the setting's own grammar (applied before every layer).</summary>
    public IReadOnlyDictionary<string, string> CommandDefaults { get; init; } = new Dictionary<string, string>();

    /// <summary>One line of documentation (a sentence, no default and no variable: those are added).</summary>
    public required string Doc { get; init; }

    /// <summary>The JSON value `init` writes for it (a literal: null, "10s", true, {}).</summary>
    public string Example { get; init; } = "null";

    public FileValueKinds FileKinds { get; init; } = FileValueKinds.String;

    /// <summary>A secret (an OTP): its value never appears in a message.</summary>
    public bool Secret { get; init; }

    /// <summary>Applies the values (one, or several for <see cref="OptionShape.Repeated"/>) read from <see cref="SettingSource"/>.</summary>
    public required Func<HarnessSettings, IReadOnlyList<string>, SettingSource, HarnessSettings> Apply { get; init; }

    /// <summary>Turns a JSON object value into the texts <see cref="Apply"/> takes (only for <see cref="FileValueKinds.Object"/>).</summary>
    public Func<System.Text.Json.Nodes.JsonObject, SettingSource, IReadOnlyList<string>>? FromObject { get; init; }

    public string Section => Key[..Key.IndexOf('.', StringComparison.Ordinal)];

    public string Name => Key[(Key.IndexOf('.', StringComparison.Ordinal) + 1)..];

    /// <summary>The option and its aliases.</summary>
    public IEnumerable<string> OptionNames => Option is null ? [] : [Option, .. OptionAliases];

    /// <summary>The description of the option in --help: the doc line, the default, the variable and the file key.</summary>
    public string Help =>
        $"{Doc} Default: {Default}.{(Variable is null ? string.Empty : $" Env {Variable}.")} File: {Key}.";

    public bool HasOptionOn(string command) => Option is not null && Commands.Contains(command, StringComparer.Ordinal);

    public override string ToString() => Key;
}
