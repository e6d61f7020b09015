namespace MfaConformance.Explorer.Programs;

/// <summary>The customer a program starts with (C1, C2, C3).</summary>
public enum CustomerKind
{
    /// <summary>C1 a first-time MFA customer.</summary>
    FirstTime,

    /// <summary>C2 a returning MFA customer with password {password} (MOBILE).</summary>
    ReturningMobile,

    /// <summary>C3 identified by "EMAIL".</summary>
    ReturningEmail,

    /// <summary>C3 identified by "USERNAME".</summary>
    ReturningUsername,
}
