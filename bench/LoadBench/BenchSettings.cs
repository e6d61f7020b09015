using MfaConformance.Targets.Settings;

namespace MfaConformance.LoadBench;

/// <summary>The harness settings of the benchmarks: the configuration file and MFA_* variables, as every command reads them (no options).</summary>
internal static class BenchSettings
{
    public static HarnessSettings Resolve() =>
        SettingsResolver.Resolve(new SettingsRequest { Command = HarnessCommands.Bench });
}
