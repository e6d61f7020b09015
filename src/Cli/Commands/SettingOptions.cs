using System.CommandLine;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Commands;

/// <summary>
/// The command-line options of the settings a command has (the rows of <see cref="SettingsTable"/> naming it), with
/// their --help made from the rows, and --config. <see cref="Read"/> gives the <see cref="SettingsRequest"/> the
/// resolver layers over the file and the environment.
/// </summary>
internal sealed class SettingOptions
{
    private readonly List<(Setting Setting, Option Option)> _options = [];
    private readonly string _command;
    private readonly CliContext _context;

    public SettingOptions(string command, CliContext context)
    {
        _command = command;
        _context = context;
        foreach (var setting in SettingsTable.OptionsOf(command))
        {
            Option option = setting.Shape switch
            {
                OptionShape.Flag => new Option<bool>(setting.Option!, [.. setting.OptionAliases]) { Description = setting.Help },
                OptionShape.Repeated => new Option<string[]>(setting.Option!, [.. setting.OptionAliases]) { Description = setting.Help, AllowMultipleArgumentsPerToken = false },
                _ => new Option<string?>(setting.Option!, [.. setting.OptionAliases]) { Description = setting.Help },
            };
            _options.Add((setting, option));
        }
    }

    public Option<string?> Config { get; } = new(SettingsTable.ConfigOption)
    {
        Description = $"Configuration file (default ./{SettingsTable.DefaultConfigFileName} if present; env {SettingsTable.ConfigVariable}).",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Config);
        foreach (var (_, option) in _options)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The request for the resolver: the options given on this command line, the context's environment and folder.</summary>
    public SettingsRequest Read(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var given = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (setting, option) in _options)
        {
            IReadOnlyList<string> values = option switch
            {
                Option<bool> flag => result.GetValue(flag) ? [setting.FlagValue] : [],
                Option<string[]> repeated => result.GetValue(repeated) ?? [],
                Option<string?> single => result.GetValue(single) is { } value ? [value] : [],
                _ => [],
            };
            if (values.Count > 0)
            {
                given[setting.Key] = values;
            }
        }

        return new SettingsRequest
        {
            Command = _command,
            Options = given,
            ConfigPath = result.GetValue(Config),
            Environment = _context.Environment,
            CurrentDirectory = _context.CurrentDirectory,
        };
    }

    /// <summary>Reads and resolves in one go (defaults &lt; file &lt; environment &lt; options).</summary>
    public HarnessSettings Resolve(ParseResult result) => SettingsResolver.Resolve(Read(result));
}
