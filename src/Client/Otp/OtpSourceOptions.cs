using System.Text;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Otp;

/// <summary>OTP source settings of a target. <see cref="FixedOtp"/> is a secret and never printed.</summary>
public sealed record OtpSourceOptions
{
    public OtpSourceKind Kind { get; init; } = OtpSourceKind.Hooks;

    /// <summary>The OTP for <see cref="OtpSourceKind.Fixed"/>.</summary>
    public string? FixedOtp { get; init; }

    /// <summary>The shell command for <see cref="OtpSourceKind.Command"/> (run with <c>sh -c</c>, or <c>cmd /c</c> on Windows).</summary>
    public string? Command { get; init; }

    /// <summary>How long the command may run.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first bad setting.</summary>
    public void Validate()
    {
        if (Kind == OtpSourceKind.Fixed && string.IsNullOrWhiteSpace(FixedOtp))
            throw new ArgumentException("OTP source 'Fixed' needs FixedOtp (a non-empty value)", nameof(FixedOtp));
        if (Kind == OtpSourceKind.Command && string.IsNullOrWhiteSpace(Command))
            throw new ArgumentException("OTP source 'Command' needs Command (a shell command printing the OTP)", nameof(Command));
        if (CommandTimeout <= TimeSpan.Zero)
            throw new ArgumentException($"CommandTimeout must be positive, got {CommandTimeout}", nameof(CommandTimeout));
    }

    private bool PrintMembers(StringBuilder builder) => RecordPrinter.Print(builder, this);
}
