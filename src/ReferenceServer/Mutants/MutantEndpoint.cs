namespace MfaConformance.ReferenceServer.Mutants;

/// <summary>The endpoints a mutant can be confined to (one documented rule broken on one endpoint only).</summary>
public enum MutantEndpoint
{
    /// <summary>POST /auth/v1/token/generate (E1).</summary>
    TokenGenerate,

    /// <summary>POST /auth/v1/otp/generate (E2).</summary>
    OtpGenerate,

    /// <summary>POST /auth/v1/otp/validate (E3).</summary>
    OtpValidate,

    /// <summary>POST /auth/v1/password/validate (E4).</summary>
    PasswordValidate,

    /// <summary>POST /auth/v1/token/regenerate (E5).</summary>
    TokenRegenerate,

    /// <summary>POST /auth/v1/mfa/token/generate (E8).</summary>
    MfaTokenGenerate,

    /// <summary>POST /auth/v1/mfa/otp/generate (E9).</summary>
    MfaOtpGenerate,

    /// <summary>POST /auth/v1/mfa/otp/validate (E10).</summary>
    MfaOtpValidate,

    /// <summary>POST /auth/v1/mfa/password/validate (E11).</summary>
    MfaPasswordValidate,

    /// <summary>POST /auth/v1/mfa/password/forget (E12).</summary>
    MfaPasswordForget,

    /// <summary>POST /auth/v1/mfa/password/change (E13).</summary>
    MfaPasswordChange,

    /// <summary>POST /auth/v1/password/change, the alias of E13 (#3).</summary>
    PasswordChange,

    /// <summary>POST /auth/v1/mfa/token/regenerate (E14).</summary>
    MfaTokenRegenerate,

    /// <summary>DELETE /auth/v1/mfa/token/expire (E15).</summary>
    MfaTokenExpire,
}
