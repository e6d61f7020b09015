namespace MfaConformance.Bdd.Results;

/// <summary>What happened to one test step of a scenario: a pickle step, or a hook (keyword "BeforeScenario", "AfterScenario"...).</summary>
public sealed class StepResult
{
    public required string Keyword { get; init; }

    public required string Text { get; init; }

    public required TestOutcome Outcome { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>The type name of the step's exception (or null).</summary>
    public string? ErrorType { get; init; }

    /// <summary>A readable error: the exception message, or the ambiguous candidates.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The exception's "Type: message" and the frames that help (<see cref="StackTraces"/>), or null.</summary>
    public string? ErrorTrace { get; init; }

    /// <summary>True for a hook's test step.</summary>
    public bool IsHook { get; init; }

    /// <summary>Text the step wrote (Cucumber log attachments, e.g. each redacted HTTP exchange and its curl line).</summary>
    public IReadOnlyList<string> Output { get; init; } = [];

    public int Line { get; init; }

    public override string ToString() => $"{Keyword}{Text} [{Outcome}]";
}
