namespace MfaConformance.Explorer.Model;

/// <summary>What the documentation makes certain about one call's answer.</summary>
public enum Expectation
{
    /// <summary>The documentation makes success certain: any refusal, 5xx or missing answer contradicts it.</summary>
    MustSucceed,

    /// <summary>The documentation makes a refusal certain: a success, a 5xx or a missing answer contradicts it.</summary>
    MustBeRefused,

    /// <summary>The documentation is silent, or section 5 of the spec lists a conflict: nothing is inferred from the answer.</summary>
    Either,
}
