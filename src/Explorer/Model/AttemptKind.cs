namespace MfaConformance.Explorer.Model;

/// <summary>What a wrong attempt was of: each has its own documented limit (§4.2).</summary>
public enum AttemptKind
{
    /// <summary>CONF_MAX_OTP_RETRY_COUNT; account lock CONF_ENABLE_ACCOUNT_LOCKING.</summary>
    FirstFactorOtp,

    /// <summary>CONF_MFA_MAX_OTP_RETRY_COUNT; account lock CONF_ENABLE_ACCOUNT_LOCKING_MFA.</summary>
    MfaOtp,

    /// <summary>CONF_MFA_MAX_PASSWORD_RETRY_COUNT; account lock CONF_ENABLE_ACCOUNT_LOCKING_MFA.</summary>
    MfaPassword,
}
