using MfaConformance.Bdd.Gherkin;
using MfaConformance.Bdd.Results;
namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// The outcome of one pickle as the test framework sees it: passed, failed (incl. undefined, ambiguous, pending),
/// or skipped with the reason. <see cref="Message"/> opens with what went wrong (the assertion's own message: what
/// was expected and what came back), then where.
/// </summary>
public sealed record PickleOutcome(GherkinPickle? Pickle, TestOutcome Outcome, string? Message, Exception? Error, string Output, TimeSpan Duration)
{
    /// <summary>The scenario's W3C trace id: every call it made carried it in its traceparent header.</summary>
    public string? TraceId { get; init; }

    public bool IsFailure => Outcome is not (TestOutcome.Passed or TestOutcome.Skipped);
}
