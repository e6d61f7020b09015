namespace MfaConformance.Explorer.Model;

/// <summary>A fact the model holds as certainly false, undecided by the documentation, or certainly true.</summary>
public enum Tri
{
    No,
    Maybe,
    Yes,
}
