namespace MfaConformance.Bdd.Results;

/// <summary>What happened to one pickle (a scenario or one outline row).</summary>
public sealed class ScenarioResult
{
    public required string PickleId { get; init; }

    public required string Name { get; init; }

    /// <summary>"Feature: Scenario [row values]", stable from run to run.</summary>
    public required string DisplayName { get; init; }

    public required string FeatureTitle { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public required TestOutcome Outcome { get; init; }

    public string? SkipReason { get; init; }

    /// <summary>For a failed scenario: what went wrong (the assertion's message: what was expected, what came back) and where.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The type name of the exception that failed the scenario (from the Cucumber messages), if any.</summary>
    public string? ErrorType { get; init; }

    /// <summary>For a failed scenario: the exception's "Type: message" and the frames that help (the full trace is in the Cucumber messages).</summary>
    public string? ErrorTrace { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>The scenario's W3C trace id: every HTTP call it made carried it in its traceparent header (null when not known).</summary>
    public string? TraceId { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public IReadOnlyList<StepResult> Steps { get; init; } = [];

    /// <summary>The step that decided the outcome (first failed/undefined/ambiguous/pending), if any.</summary>
    public StepResult? FirstFailingStep => Steps.FirstOrDefault(s => s.Outcome is not (TestOutcome.Passed or TestOutcome.Skipped));

    public override string ToString() => $"{DisplayName} [{Outcome}]";
}
