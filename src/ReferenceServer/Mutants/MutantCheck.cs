namespace MfaConformance.ReferenceServer.Mutants;

/// <summary>A check of the server that a mutant can skip, everywhere or on the endpoints it names.</summary>
public enum MutantCheck
{
    /// <summary>The mutant skips no shared check (its defect is written where it applies).</summary>
    None,

    /// <summary>deviceId equals the session's, token's or key's (1508).</summary>
    Device,

    /// <summary>identifierType and identifierValue equal the session's, token's or key's (1507, 1541).</summary>
    Identifier,

    /// <summary>brand equals the session's, token's or key's (1509).</summary>
    Brand,

    /// <summary>confirmPassword repeats the new password (1521); the field itself stays required.</summary>
    ConfirmPassword,

    /// <summary>A new MFA password matches MFA_PASSWORD_REGEX (1542).</summary>
    PasswordRegex,

    /// <summary>A session is refused after its lifetime (1505).</summary>
    SessionExpiry,

    /// <summary>A token is refused after its lifetime (1529).</summary>
    TokenExpiry,

    /// <summary>Wrong OTPs lock the session at the configured count (1518).</summary>
    OtpRetryLimit,

    /// <summary>Wrong passwords lock the session at the configured count (1530).</summary>
    PasswordRetryLimit,

    /// <summary>A change to the same password is refused (1527).</summary>
    SamePassword,

    /// <summary>Password endpoints are refused while IS_MFA_PASSWORD_ENABLED is false (1524).</summary>
    PasswordDisabled,
}
