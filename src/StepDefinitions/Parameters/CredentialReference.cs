namespace MfaConformance.StepDefinitions;

/// <summary>The {credential} parameter type of the glossary (N6).</summary>
public enum CredentialReference
{
    FirstFactorSessionToken,
    FirstFactorSession,
    FirstFactorToken,
    FirstFactorKey,
    MfaSessionToken,
    TamperedMfaToken,
    TamperedMfaKey,
    OtherCustomersMfaToken,
    OtherCustomersMfaKey,
}
