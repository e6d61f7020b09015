namespace MfaConformance.ReferenceServer.State;

/// <summary>An issued OTP. Carries a secret: ToString redacts it.</summary>
internal sealed record OtpRecord(string Value, string SessionId, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    public bool Consumed { get; set; }

    public override string ToString() => $"OtpRecord {{ Value = ***, SessionId = {SessionId}, IssuedAt = {IssuedAt:O} }}";

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Value = ***");
        return true;
    }
}
