using MfaConformance.Client.Hooks;
namespace MfaConformance.Client.Otp;

/// <summary>Creates the <see cref="IOtpSource"/> described by <see cref="OtpSourceOptions"/>.</summary>
public static class OtpSources
{
    public static IOtpSource Create(OtpSourceOptions options, HooksClient? hooks = null, TextReader? input = null, TextWriter? output = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return options.Kind switch
        {
            OtpSourceKind.Hooks => new HooksOtpSource(hooks ?? throw new ArgumentException("OTP source 'Hooks' needs a HooksClient", nameof(hooks))),
            OtpSourceKind.Fixed => new FixedOtpSource(options.FixedOtp!),
            OtpSourceKind.Command => new CommandOtpSource(options.Command!, options.CommandTimeout),
            OtpSourceKind.Prompt => new PromptOtpSource(input, output),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Kind, "unknown OTP source kind"),
        };
    }
}
