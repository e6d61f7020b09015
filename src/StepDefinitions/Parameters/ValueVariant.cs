namespace MfaConformance.StepDefinitions.Parameters;

/// <summary>The {variant} parameter type of the glossary (N10): how a field's value differs from the one the action would send.</summary>
public enum ValueVariant
{
    /// <summary>"in another case": every letter's case swapped.</summary>
    OtherCase,

    /// <summary>"with a leading space".</summary>
    LeadingSpace,

    /// <summary>"with a trailing space".</summary>
    TrailingSpace,

    /// <summary>"with one more character": a longer value with the same prefix (a digit after a digit, else a letter).</summary>
    OneMoreCharacter,

    /// <summary>"without its last character": a shorter value with the same prefix.</summary>
    WithoutLastCharacter,
}
