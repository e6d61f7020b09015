using MfaConformance.Client;
using MfaConformance.Client.Redaction;
using MfaConformance.LoadEngine.Timing;
namespace MfaConformance.LoadEngine.Running;

/// <summary>The engine's iteration context; one per open-model start, reused per copy in a closed model.</summary>
internal sealed class ScenarioContext : IScenarioContext, IThreadPoolWorkItem
{
    private readonly ScenarioRunner _runner;
    private long _excludedTicks;
    private long _stepBytesSent;
    private long _stepBytesReceived;
    private int _stepsRecorded;

    public ScenarioContext(ScenarioRunner runner, int instanceNumber)
    {
        _runner = runner;
        ScenarioInstanceNumber = instanceNumber;
    }

    public string ScenarioName => _runner.Name;

    public long InvocationNumber { get; private set; }

    public int ScenarioInstanceNumber { get; }

    public CancellationToken CancellationToken => _runner.StopToken;

    public object? Data { get; set; }

    public ILoadClock Clock => _runner.Clock;

    public TimeSpan IntendedStart { get; private set; }

    public TimeSpan ActualStart { get; set; }

    public TimeSpan PendingLag { get; set; }

    public bool Recording { get; private set; }

    public TimeSpan Excluded => TimeSpan.FromTicks(Volatile.Read(ref _excludedTicks));

    public static ScenarioContext From(IScenarioContext context) =>
        context as ScenarioContext
        ?? throw new ArgumentException("Step.Run needs the IScenarioContext the engine passed to the scenario", nameof(context));

    public void Begin(long invocationNumber, TimeSpan intendedStart, bool recording)
    {
        InvocationNumber = invocationNumber;
        IntendedStart = intendedStart;
        ActualStart = intendedStart;
        PendingLag = TimeSpan.Zero;
        Recording = recording;
        Data = null;
        _excludedTicks = 0;
        _stepBytesSent = 0;
        _stepBytesReceived = 0;
        _stepsRecorded = 0;
    }

    /// <summary>Bytes of the iteration: the sum over its measured steps, or the returned response's when it had none.</summary>
    public (long Sent, long Received) IterationBytes(Response response) =>
        Volatile.Read(ref _stepsRecorded) > 0
            ? (Volatile.Read(ref _stepBytesSent), Volatile.Read(ref _stepBytesReceived))
            : (response.BytesSent, response.BytesReceived);

    public void Exclude(TimeSpan duration)
    {
        if (duration > TimeSpan.Zero)
        {
            Interlocked.Add(ref _excludedTicks, duration.Ticks);
        }
    }

    public void RecordStep(string name, Response response, TimeSpan started, TimeSpan ended)
    {
        var service = ended - started;
        var latency = service + PendingLag;
        PendingLag = TimeSpan.Zero;
        Interlocked.Increment(ref _stepsRecorded);
        Interlocked.Add(ref _stepBytesSent, response.BytesSent);
        Interlocked.Add(ref _stepBytesReceived, response.BytesReceived);
        if (Recording)
        {
            var latencyMicros = ToMicros(latency);
            var recorder = _runner.Recorder.Step(name);
            recorder.Record(response, latencyMicros, ToMicros(service), ended - _runner.MeasuredOrigin, response.BytesSent, response.BytesReceived, response.IsError ? Telemetry.LoadTracing.CurrentTraceId() : null);
            _runner.Metrics?.RecordStep(ScenarioName, name, response, latencyMicros);
        }
    }

    public void WriteLine(string message) => _runner.Console.WriteLine($"[{ScenarioName}#{InvocationNumber}] {SecretRedactor.Default.RedactText(message ?? string.Empty)}");

    void IThreadPoolWorkItem.Execute() => _ = _runner.RunOpenIterationAsync(this);

    internal static long ToMicros(TimeSpan value) => value.Ticks / TimeSpan.TicksPerMicrosecond;
}
