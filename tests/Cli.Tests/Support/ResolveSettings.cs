using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Tests.Support;

/// <summary>Resolves settings as a command would, in a given folder and environment, with options given by setting key.</summary>
internal static class ResolveSettings
{
    public static HarnessSettings In(string folder, Func<string, string?>? environment = null, string? config = null, string command = HarnessCommands.Verify, params (string Key, string Value)[] options) =>
        SettingsResolver.Resolve(Request(folder, environment, config, command, options));

    public static SettingsRequest Request(string folder, Func<string, string?>? environment = null, string? config = null, string command = HarnessCommands.Verify, params (string Key, string Value)[] options) => new()
    {
        Command = command,
        ConfigPath = config,
        Environment = environment ?? FakeEnvironment.Empty,
        CurrentDirectory = folder,
        Options = options.GroupBy(o => o.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(o => o.Value)]),
    };

    /// <summary>The settings with what only the resolver sets (origins, the absolute reports folder) taken from <paramref name="reference"/>.</summary>
    public static HarnessSettings Comparable(HarnessSettings settings, HarnessSettings reference) =>
        settings with { Origins = reference.Origins, ReportsFolder = reference.ReportsFolder };
}
