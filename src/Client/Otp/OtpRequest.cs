namespace MfaConformance.Client.Otp;

/// <summary>Whose OTP is wanted: the customer, and the session and device it was generated for.</summary>
public sealed record OtpRequest(string Brand, string IdentifierType, string IdentifierValue, string? SessionId, string? DeviceId)
{
    /// <summary>"brand ACME, MOBILE 9198..., session P-..." for messages and prompts.</summary>
    public string Describe() =>
        $"brand {Brand}, {IdentifierType} {IdentifierValue}" + (SessionId is null ? string.Empty : $", session {SessionId}");
}
