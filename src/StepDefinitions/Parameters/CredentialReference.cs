namespace MfaConformance.StepDefinitions.Parameters;

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

    /// <summary>"the MFA session": M as the sessionId of a first-factor call.</summary>
    MfaSession,

    /// <summary>"the MFA token": T2 in the field of another credential (a key).</summary>
    MfaToken,

    /// <summary>"the MFA key": K2 in the field of another credential (a token).</summary>
    MfaKey,

    /// <summary>"a session that was never issued": the current session id with one character changed.</summary>
    UnissuedSession,
}
