namespace MfaConformance.StepDefinitions.Parameters;

/// <summary>How a {password} argument derives the sent password from the stand-in of its literal (exact checks).</summary>
public enum PasswordVariant
{
    /// <summary>The stand-in itself.</summary>
    Exact,

    /// <summary>"… in another case": every letter's case swapped.</summary>
    OtherCase,

    /// <summary>"… with one more character": the stand-in followed by one more character.</summary>
    OneMoreCharacter,

    /// <summary>"… without its last character": the stand-in without its last character.</summary>
    WithoutLastCharacter,
}
