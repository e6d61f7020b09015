using System.CommandLine;
using MfaConformance.Cli.Configuration;

namespace MfaConformance.Cli.Commands;

/// <summary>The deadlines of a conformance suite run (verify, accept): per scenario and for the whole suite.</summary>
internal sealed class SuiteDeadlineOptions
{
    public Option<string?> ScenarioTimeout { get; } = new("--scenario-timeout")
    {
        Description = "Longest one scenario may run, e.g. 2m (default 2m; env MFA_SCENARIO_TIMEOUT). A scenario past it fails as timed out, naming the call.",
    };

    public Option<string?> SuiteTimeout { get; } = new("--suite-timeout")
    {
        Description = "Longest the whole suite may run, e.g. 10m (default 10m; env MFA_SUITE_TIMEOUT). Unfinished scenarios are reported as timed out.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(ScenarioTimeout);
        command.Options.Add(SuiteTimeout);
    }

    public SettingsOverrides ApplyTo(SettingsOverrides overrides, ParseResult result) =>
        overrides with { ScenarioTimeout = result.GetValue(ScenarioTimeout), SuiteTimeout = result.GetValue(SuiteTimeout) };
}
