using MfaConformance.LoadEngine.Stats;
using MfaConformance.LoadEngine.Telemetry;
using MfaConformance.LoadEngine.Timing;

namespace MfaConformance.LoadEngine.Running;

/// <summary>
/// Runs one scenario's phases (warm-up, then its simulations in order) and records into its recorder.
/// Open phases start iterations on a fixed timeline without waiting for earlier ones; closed phases loop copies.
/// </summary>
internal sealed partial class ScenarioRunner : IDisposable
{
    private readonly ScenarioProps _props;
    private readonly RunSettings _settings;
    private readonly CancellationTokenSource _stop;
    private long _invocation;
    private int _inFlight;
    private TaskCompletionSource? _drained;
    private string? _stopReason;
    private readonly Func<(string Scenario, int InFlight)>? _inFlightSource;

    public ScenarioRunner(ScenarioProps props, RunSettings settings, CancellationToken runToken)
    {
        _props = props;
        _settings = settings;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(runToken);
        Recorder = new ScenarioRecorder(props.Name, settings.ReportingInterval);
        Metrics = settings.Metrics;
        if (Metrics is not null)
        {
            _inFlightSource = () => (Name, Volatile.Read(ref _inFlight));
            Metrics.RegisterInFlight(_inFlightSource);
        }
    }

    /// <summary>The live instruments, or null when the run exports none.</summary>
    public LoadMetrics? Metrics { get; }

    public string Name => _props.Name;

    public ScenarioProps Props => _props;

    public ILoadClock Clock => _settings.Clock;

    public TextWriter Console => _settings.Console;

    public ScenarioRecorder Recorder { get; }

    public CancellationToken StopToken => _stop.Token;

    public TimeSpan MeasuredOrigin { get; private set; }

    public TimeSpan? MeasuredEnd { get; private set; }

    public string? StopReason => Volatile.Read(ref _stopReason);

    public bool IsStopped => _stop.IsCancellationRequested;

    /// <summary>Time measured so far (or in total once finished).</summary>
    public TimeSpan MeasuredDuration => (MeasuredEnd ?? Clock.Now) - MeasuredOrigin;

    public void Stop(string reason)
    {
        Interlocked.CompareExchange(ref _stopReason, reason, null);
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // the run already finished
        }
    }

    public async Task RunAsync()
    {
        var phaseStart = Clock.Now;
        MeasuredOrigin = phaseStart;
        var first = _props.LoadSimulations[0];
        if (_props.WarmUpDuration > TimeSpan.Zero && first.Kind != SimulationKind.Pause)
        {
            phaseStart = await RunPhaseAsync(WarmUpOf(first, _props.WarmUpDuration), phaseStart, 0, 0, recording: false).ConfigureAwait(false);
            MeasuredOrigin = phaseStart;
        }

        double previousRate = 0;
        var previousCopies = 0;
        foreach (var simulation in _props.LoadSimulations)
        {
            if (IsStopped)
            {
                break;
            }

            phaseStart = await RunPhaseAsync(simulation, phaseStart, previousRate, previousCopies, recording: true).ConfigureAwait(false);
            previousRate = simulation.IsOpen ? simulation.Rate : 0;
            previousCopies = simulation.IsClosed ? simulation.Copies : 0;
        }

        await DrainAsync().ConfigureAwait(false);
        MeasuredEnd = Clock.Now;
    }

    public void Dispose()
    {
        if (_inFlightSource is not null)
        {
            Metrics?.UnregisterInFlight(_inFlightSource);
        }

        _stop.Dispose();
    }

    /// <summary>Upper bound of iterations the phases can start; null when a closed phase is time-bound.</summary>
    public static long? PlannedIterations(ScenarioProps props, ExecutionSegment segment) =>
        PlannedIterations(props) is { } total ? PlannedShare(props, segment, total) : null;

    private static long PlannedShare(ScenarioProps props, ExecutionSegment segment, long total) =>
        segment.Count == 1 ? total : segment.ShareOf(total) + props.LoadSimulations.Count + 1; // a start per phase may fall to any segment

    public static long? PlannedIterations(ScenarioProps props)
    {
        long total = 0;
        double previousRate = 0;
        var all = props.WarmUpDuration > TimeSpan.Zero && props.LoadSimulations.Count > 0 && props.LoadSimulations[0].Kind != SimulationKind.Pause
            ? props.LoadSimulations.Prepend(WarmUpOf(props.LoadSimulations[0], props.WarmUpDuration))
            : props.LoadSimulations;
        foreach (var simulation in all)
        {
            if (simulation.Kind is SimulationKind.KeepConstant or SimulationKind.RampingConstant && simulation.Copies > 0)
            {
                return null;
            }

            total += simulation.IsOpen ? OpenTimeline.For(simulation, previousRate).Count : simulation.Iterations;
            previousRate = simulation.IsOpen ? simulation.Rate : 0;
        }

        return total;
    }

    internal static LoadSimulation WarmUpOf(LoadSimulation first, TimeSpan duration) =>
        first.IsOpen
            ? Simulation.Inject(first.Rate, first.Interval, duration)
            : Simulation.KeepConstant(first.Copies, duration);

    private Task<TimeSpan> RunPhaseAsync(LoadSimulation simulation, TimeSpan phaseStart, double previousRate, int previousCopies, bool recording)
    {
        if (simulation.IsOpen)
        {
            return RunOpenPhaseAsync(OpenTimeline.For(simulation, previousRate), phaseStart, recording);
        }

        return simulation.IsClosed
            ? RunClosedPhaseAsync(simulation, previousCopies, recording)
            : PauseAsync(phaseStart + simulation.During);
    }

    private async Task<TimeSpan> PauseAsync(TimeSpan end)
    {
        await WaitUntilAsync(end).ConfigureAwait(false);
        return end;
    }

    private async ValueTask<bool> WaitUntilAsync(TimeSpan due)
    {
        if (IsStopped)
        {
            return false;
        }

        if (Clock.Now >= due)
        {
            return true;
        }

        try
        {
            await Clock.DelayUntilAsync(due, StopToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        return !IsStopped;
    }

    private async Task RunIterationCoreAsync(ScenarioContext ctx)
    {
        // One trace per iteration: every call inside carries it (W3C traceparent); its steps are child spans.
        using var iteration = LoadTracing.StartIteration(Name);
        Response response;
        try
        {
            response = await _props.Run(ctx).ConfigureAwait(false) ?? Response.Fail(message: "scenario returned no response");
        }
        catch (OperationCanceledException) when (IsStopped)
        {
            return;
        }
        catch (Exception ex)
        {
            response = Response.FromException(ex);
        }

        if (response.IsError)
        {
            iteration?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, response.ErrorCode ?? response.StatusCode);
        }

        if (!ctx.Recording)
        {
            return;
        }

        var completed = Clock.Now;
        var excluded = ctx.Excluded;
        var latency = completed - ctx.IntendedStart - excluded;
        var service = completed - ctx.ActualStart - excluded;
        var (sent, received) = ctx.IterationBytes(response);
        var latencyMicros = ScenarioContext.ToMicros(latency);
        Recorder.Total.Record(response, latencyMicros, ScenarioContext.ToMicros(service), completed - MeasuredOrigin, sent, received, response.IsError ? iteration?.TraceId.ToHexString() : null);
        Metrics?.RecordIteration(Name, response, latencyMicros);
        if (response.IsError && _props.MaxFailCount is { } max && Recorder.Total.FailCount > max)
        {
            Stop($"max fail count {max} exceeded");
        }
    }

    private async Task DrainAsync()
    {
        if (Volatile.Read(ref _inFlight) == 0)
        {
            return;
        }

        var drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _drained, drained);
        if (Volatile.Read(ref _inFlight) == 0)
        {
            return;
        }

        await Task.WhenAny(drained.Task, Task.Delay(_settings.DrainTimeout)).ConfigureAwait(false);
    }
}
