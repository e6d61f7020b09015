using MfaConformance.StepDefinitions.Parameters;
namespace MfaConformance.StepDefinitions.Contexts;

/// <summary>The next-call modifiers (N1–N9) that apply to one action.</summary>
public sealed record CallModifiers
{
    public static readonly CallModifiers None = new();

    /// <summary>N1: deviceId.</summary>
    public string? Device { get; init; }

    /// <summary>N2–N4: brand.</summary>
    public string? Brand { get; init; }

    /// <summary>N5: identifierType/identifierValue of the other customer.</summary>
    public bool OtherCustomersIdentifier { get; init; }

    /// <summary>N6: the credential (or session reference) the action sends instead of its own.</summary>
    public CredentialReference? Credential { get; init; }

    /// <summary>N7/N8, in the order given.</summary>
    public IReadOnlyList<FieldEdit> FieldEdits { get; init; } = [];

    /// <summary>N9: a body that is not valid JSON.</summary>
    public bool MalformedJson { get; init; }
}
