namespace MfaConformance.StepDefinitions.Parameters;

/// <summary>The {defect} parameter type of the glossary (N7): the field left out, or sent as "".</summary>
public enum FieldDefect
{
    Missing,
    Empty,
}
