namespace MfaConformance.StepDefinitions.Contexts;

/// <summary>
/// The flow values one customer holds in a scenario (glossary "Flow values"). Tokens, keys and OTPs are
/// secrets: this type has no ToString that prints them.
/// </summary>
public sealed class FlowValues
{
    private readonly List<string> _seenOtps = [];

    /// <summary>S, from token/generate.</summary>
    public string? FirstFactorSession { get; set; }

    /// <summary>The first-factor session this customer held before <see cref="FirstFactorSession"/>.</summary>
    public string? EarlierFirstFactorSession { get; set; }

    /// <summary>The VIEW token of token/generate.</summary>
    public string? FirstFactorSessionToken { get; set; }

    /// <summary>T1.</summary>
    public string? FirstFactorToken { get; set; }

    /// <summary>K1.</summary>
    public string? FirstFactorKey { get; set; }

    /// <summary>M, the latest MFA session.</summary>
    public string? MfaSession { get; set; }

    /// <summary>The MFA session this customer held before <see cref="MfaSession"/>.</summary>
    public string? EarlierMfaSession { get; set; }

    /// <summary>The VIEW token of mfa/token/generate.</summary>
    public string? MfaSessionToken { get; set; }

    /// <summary>T2.</summary>
    public string? MfaToken { get; set; }

    /// <summary>K2.</summary>
    public string? MfaKey { get; set; }

    /// <summary>A first-time password sent on mfa/token/generate, registered once the MFA OTP is validated (#1).</summary>
    public string? PendingPassword { get; set; }

    /// <summary>The OTP this customer last validated successfully.</summary>
    public string? PreviousOtp { get; set; }

    /// <summary>Every OTP read so far in the scenario (to build a wrong one that differs from all).</summary>
    public IReadOnlyList<string> SeenOtps => _seenOtps;

    public void RememberOtp(string otp) => _seenOtps.Add(otp);

    public override string ToString() => nameof(FlowValues);
}
