using MfaConformance.Client;
using MfaConformance.Client.Otp;
using MfaConformance.Client.Transport;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Target;
namespace MfaConformance.LoadScenarios.Target;

/// <summary>
/// The target of a load run: the same <see cref="ConformanceTarget"/> the conformance suite uses (one shared
/// connection, the run brand, the capabilities), whose OTP source is wrapped by a <see cref="PrefetchOtpSource"/>
/// so OTP reads stay outside measured time. Value tracking of secrets is off by default for load (it costs a scan
/// of every tracked secret per exchange); step messages carry no values, and JSON bodies stay key-redacted. Steps do
/// not write their HTTP exchanges to the scenario output under load (nobody reads it).
/// </summary>
public sealed class LoadTarget : IAsyncDisposable
{
    private readonly TargetConnection _otpConnection;

    private LoadTarget(ConformanceTarget conformance, PrefetchOtpSource otp, TargetConnection otpConnection)
    {
        Conformance = conformance;
        Otp = otp;
        _otpConnection = otpConnection;
    }

    public ConformanceTarget Conformance { get; }

    public PrefetchOtpSource Otp { get; }

    /// <summary>Redacts free text before it reaches a step message or a report.</summary>
    public string Redact(string? text) =>
        Conformance.Connection.Redactor.RedactText(text);

    /// <summary>Prepares the target (hooks detection, run brand, fixtures) with the run's data seed.</summary>
    /// <exception cref="TargetUnreachableException">The target did not answer.</exception>
    public static async Task<LoadTarget> CreateAsync(TargetOptions options, int seed, string? fixturesPath = null, bool trackSecrets = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var effective = options with { TrackSecrets = trackSecrets };
        var otpConnection = new TargetConnection(effective);
        try
        {
            var otp = new PrefetchOtpSource(OtpSources.Create(effective.Otp, otpConnection.CreateHooksClient()));
            // Under load a timed-out call is a measurement, not a reason to end the run: no unanswered-calls limit.
            var extra = new ConformanceTargetOptions { Seed = seed, FixturesPath = fixturesPath, OtpSource = otp, UnansweredCallsLimit = 0, RecordExchanges = false };
            var conformance = await ConformanceTarget.CreateAsync(effective, extra, cancellationToken).ConfigureAwait(false);
            return new LoadTarget(conformance, otp, otpConnection);
        }
        catch
        {
            otpConnection.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Conformance.DisposeAsync().ConfigureAwait(false);
        _otpConnection.Dispose();
    }
}
