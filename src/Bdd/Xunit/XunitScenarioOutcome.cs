namespace MfaConformance.Bdd.Xunit;

internal sealed record XunitScenarioOutcome(XunitScenarioOutcome.OutcomeKind Kind, decimal Seconds, string Output, string Message, Exception? Exception)
{
    public enum OutcomeKind
    {
        Passed,
        Failed,
        Skipped,
    }
}
