namespace MfaConformance.Bdd;

/// <summary>What happened to one step (or to a hook that failed, reported with keyword "Hook").</summary>
public sealed class StepResult
{
    public required string Keyword { get; init; }

    public required string Text { get; init; }

    public required TestOutcome Outcome { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>The exception of a failed step (or null).</summary>
    public Exception? Error { get; init; }

    /// <summary>A readable error: the exception message, the undefined-step snippet, or the ambiguous candidates.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>For an undefined step: a ready-to-paste binding method.</summary>
    public string? Snippet { get; init; }

    /// <summary>The binding method that ran, e.g. "SessionSteps.GivenACustomer(String)".</summary>
    public string? BindingMethod { get; init; }

    public IReadOnlyList<string> Output { get; init; } = [];

    public IReadOnlyList<ScenarioAttachment> Attachments { get; init; } = [];

    public int Line { get; init; }

    public override string ToString() => $"{Keyword}{Text} [{Outcome}]";
}
