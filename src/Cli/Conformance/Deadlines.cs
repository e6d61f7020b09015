using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Deadlines;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Cli.Conformance;

/// <summary>The deadlines of a suite run in one line, for the console and the acceptance page.</summary>
internal static class Deadlines
{
    public static string Describe(HarnessSettings settings) =>
        $"scenario {Of(settings.EffectiveScenarioTimeout)}, suite {Of(settings.EffectiveSuiteTimeout)}, request {RunDeadline.Describe(settings.Timeout)}; "
        + $"{RunDeadline.DefaultUnansweredCallsLimit} unanswered calls in a row end the run";

    private static string Of(TimeSpan? timeout) => timeout is { } t ? RunDeadline.Describe(t) : "none (prompt OTP source)";
}
