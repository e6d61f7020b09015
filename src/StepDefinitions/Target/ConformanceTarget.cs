using System.Globalization;
using MfaConformance.Client;
using MfaConformance.Client.Exchange;
using MfaConformance.Client.Fixtures;
using MfaConformance.Client.Hooks;
using MfaConformance.Client.Otp;
using MfaConformance.Client.Redaction;
using MfaConformance.Client.Transport;
using MfaConformance.StepDefinitions.Deadlines;
namespace MfaConformance.StepDefinitions.Target;

/// <summary>
/// The target as the steps see it, created once per run by <see cref="CreateAsync"/>: one shared connection
/// (one RestClient), the detected capabilities, the brand under test, the identity and OTP sources.
/// Thread-safe; scenarios create cheap per-scenario client views with their own observer.
/// </summary>
public sealed class ConformanceTarget : IAsyncDisposable
{
    private readonly IOtpSource _otpSource;
    private readonly Dictionary<TargetCapabilities, string> _missing;
    private long _sequence;

    private readonly IDisposable? _deadlineSubscription;

    private ConformanceTarget(TargetConnection connection, ConformanceTargetSetup setup, RunDeadline deadline, bool recordExchanges, EvidenceLevel evidence, string? unavailableReason = null)
    {
        RecordExchanges = recordExchanges;
        Evidence = evidence;
        Connection = connection;
        Deadline = deadline;
        UnavailableReason = unavailableReason;
        _deadlineSubscription = deadline.UnansweredCallsLimit > 0 ? connection.Subscribe(deadline) : null;
        Detection = setup.Detection;
        Capabilities = setup.Capabilities;
        Brand = setup.Brand;
        Identities = setup.Identities;
        Seed = setup.Seed;
        _otpSource = setup.OtpSource;
        _missing = setup.MissingReasons;
    }

    public TargetConnection Connection { get; }

    public TargetOptions Options => Connection.Options;

    public ControlPlaneDetection Detection { get; }

    public TargetCapabilities Capabilities { get; }

    /// <summary>The brand under test of B1 (the run brand, the configured brand or the fixtures' brand); null when there is none.</summary>
    public string? Brand { get; }

    /// <summary>Customers from a fixtures file (targets without hooks); null when none was given.</summary>
    public IdentityPool? Identities { get; }

    /// <summary>The seed of the run's generated data (repeat a run's identities with <see cref="ConformanceTargetOptions.Seed"/>).</summary>
    public int Seed { get; }

    public bool HasHooks => Detection.IsPresent;

    /// <summary>Whether steps write each HTTP exchange to the scenario's output (<see cref="ConformanceTargetOptions.RecordExchanges"/>).</summary>
    public bool RecordExchanges { get; }

    /// <summary>How much of each exchange the reports keep (<see cref="ConformanceTargetOptions.Evidence"/>).</summary>
    public EvidenceLevel Evidence { get; }

    /// <summary>The run's deadline and the per-scenario timeout (see <see cref="RunDeadline"/>).</summary>
    public RunDeadline Deadline { get; }

    /// <summary>
    /// Set on a target made by <see cref="Unavailable"/>: why no scenario can run (the target could not be reached or
    /// prepared). Every scenario is then reported not run with this reason, so the reports still say what happened.
    /// </summary>
    public string? UnavailableReason { get; }

    /// <summary>Serialises the scenarios that move the target's clock (see <see cref="ClockGate"/>).</summary>
    public ClockGate ClockGate { get; } = new();

    /// <summary>One line for consoles and reports (no secrets).</summary>
    public string Description =>
        $"{AddressDisplay.Of(Options.BaseUrl)} brand {Brand ?? "(none)"}; {Detection.Detail}; capabilities: {Capabilities}; OTP source: {_otpSource.Name}; seed {Seed.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Prepares the target: detects the hooks, provisions the brand, loads fixtures and the OTP source.</summary>
    /// <exception cref="TargetUnreachableException">The target did not answer.</exception>
    /// <exception cref="TargetSetUpException">A set-up call failed (message names the call and the answer).</exception>
    public static async Task<ConformanceTarget> CreateAsync(TargetOptions options, ConformanceTargetOptions? extra = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        extra ??= new ConformanceTargetOptions();
        var connection = new TargetConnection(options);
        try
        {
            var setup = await ConformanceTargetSetup.RunAsync(connection, extra, cancellationToken).ConfigureAwait(false);
            return new ConformanceTarget(connection, setup, CreateDeadline(options, extra), extra.RecordExchanges, extra.Evidence);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A target no scenario can run against (it could not be reached or prepared): running the suite on it reports every
    /// scenario as not run with <paramref name="reason"/>, so the run still writes its reports, with the reason.
    /// </summary>
    public static ConformanceTarget Unavailable(TargetOptions options, string reason, ConformanceTargetOptions? extra = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        extra ??= new ConformanceTargetOptions();
        var connection = new TargetConnection(options);
        var missing = Enum.GetValues<TargetCapabilities>().Where(c => c is not TargetCapabilities.None and not TargetCapabilities.All).ToDictionary(c => c, _ => reason);
        var setup = new ConformanceTargetSetup(
            new ControlPlaneDetection(ControlPlaneStatus.Unreachable, reason), TargetCapabilities.None, options.Brand, null,
            extra.OtpSource ?? new UnavailableOtpSource(reason), extra.Seed ?? 0, missing);
        return new ConformanceTarget(connection, setup, CreateDeadline(options, extra), extra.RecordExchanges, extra.Evidence, reason);
    }

    private static RunDeadline CreateDeadline(TargetOptions options, ConformanceTargetOptions extra) =>
        new(extra.ScenarioTimeout, options.Timeout, extra.UnansweredCallsLimit, extra.TimeProvider);

    /// <summary>True when the target has every capability in <paramref name="needed"/>.</summary>
    public bool Has(TargetCapabilities needed) => (Capabilities & needed) == needed;

    /// <summary>Why the target lacks <paramref name="capability"/> ("the target has no sandbox clock hook (...)").</summary>
    public string MissingReason(TargetCapabilities capability) =>
        _missing.TryGetValue(capability, out var reason) ? reason : "the target offers it";

    /// <summary>A number unique in this run (identities, brand names); thread-safe.</summary>
    public long NextSequence() => Interlocked.Increment(ref _sequence);

    /// <summary>The OTP source; with the hooks source, the reads go through <paramref name="observer"/> so they are attached to the step.</summary>
    public IOtpSource OtpSourceFor(IExchangeObserver? observer) =>
        _otpSource is HooksOtpSource ? new HooksOtpSource(Connection.CreateHooksClient(observer)) : _otpSource;

    public ValueTask DisposeAsync()
    {
        _deadlineSubscription?.Dispose();
        Deadline.Dispose();
        Connection.Dispose();
        return ValueTask.CompletedTask;
    }
}
