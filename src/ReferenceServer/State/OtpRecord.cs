namespace MfaConformance.ReferenceServer.State;

/// <summary>An issued OTP. Carries a secret: ToString redacts it.</summary>
internal sealed record OtpRecord(string Value, string SessionId, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    public bool Consumed { get; set; }

    /// <summary>The device of the session it was issued for (only the otp-limit-counted-per-device mutant reads it).</summary>
    public string? DeviceId { get; init; }

    public override string ToString() => $"OtpRecord {{ Value = ***, SessionId = {SessionId}, IssuedAt = {IssuedAt:O} }}";

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Value = ***");
        return true;
    }
}
