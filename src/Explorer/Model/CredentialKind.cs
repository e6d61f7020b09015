namespace MfaConformance.Explorer.Model;

/// <summary>The kinds of value the flow hands on (spec 1.11).</summary>
public enum CredentialKind
{
    /// <summary>S, from token/generate.</summary>
    FirstFactorSession,

    /// <summary>The VIEW token of token/generate.</summary>
    FirstFactorSessionToken,

    /// <summary>T1, from otp/validate (or token/regenerate).</summary>
    FirstFactorToken,

    /// <summary>K1, from otp/validate.</summary>
    FirstFactorKey,

    /// <summary>M, from mfa/token/generate.</summary>
    MfaSession,

    /// <summary>The VIEW token of mfa/token/generate.</summary>
    MfaSessionToken,

    /// <summary>T2, from mfa/otp/validate, mfa/password/validate or mfa/token/regenerate.</summary>
    MfaToken,

    /// <summary>K2, from mfa/otp/validate or mfa/password/validate.</summary>
    MfaKey,
}
