using MfaConformance.Client;

using MfaConformance.Client.Redaction;
namespace MfaConformance.LoadEngine.Stats;

/// <summary>Accumulates one step's (or one scenario's) results; safe from many threads, no locks on the hot path.</summary>
internal sealed class StepRecorder(string name, TimeSpan reportingInterval)
{
    private readonly MeasureRecorder _ok = new();
    private readonly MeasureRecorder _fail = new();
    private readonly KeyCounter _statusCodes = new();
    private readonly KeyCounter _errorStatusCodes = new();
    private readonly KeyCounter _errorCodes = new();
    private readonly KeyCounter _errorMessages = new(20);
    private readonly IntervalSeries _overTime = new(reportingInterval);
    private readonly FailedCallSamples _failedCalls = new();

    public string Name { get; } = name;

    public long OkCount => _ok.Latency.Count;

    public long FailCount => _fail.Latency.Count;

    public MeasureRecorder Ok => _ok;

    public MeasureRecorder Fail => _fail;

    public IntervalSeries OverTime => _overTime;

    public KeyCounter StatusCodes => _statusCodes;

    public KeyCounter ErrorStatusCodes => _errorStatusCodes;

    public KeyCounter ErrorCodes => _errorCodes;

    public KeyCounter ErrorMessages => _errorMessages;

    /// <summary>The first failed calls with their trace ids.</summary>
    public FailedCallSamples FailedCalls => _failedCalls;

    public void Record(Response response, long latencyMicros, long serviceMicros, TimeSpan completedAt) =>
        Record(response, latencyMicros, serviceMicros, completedAt, response.BytesSent, response.BytesReceived);

    public void Record(Response response, long latencyMicros, long serviceMicros, TimeSpan completedAt, long bytesSent, long bytesReceived, string? traceId = null)
    {
        if (response.StatusCode is { } status)
        {
            _statusCodes.Increment(status);
        }

        if (response.IsError)
        {
            _fail.Record(latencyMicros, serviceMicros, bytesSent, bytesReceived);
            _errorStatusCodes.Increment(response.StatusCode ?? "none");
            if (response.ErrorCode is { } code)
            {
                _errorCodes.Increment(code);
            }

            string? redacted = null;
            if (response.Message is { } message)
            {
                redacted = SecretRedactor.Default.RedactText(message);
                _errorMessages.Increment(redacted);
            }

            if (traceId is not null)
            {
                _failedCalls.Add(new FailedCall(traceId, response.StatusCode, response.ErrorCode, redacted));
            }
        }
        else
        {
            _ok.Record(latencyMicros, serviceMicros, bytesSent, bytesReceived);
        }

        _overTime.Record(completedAt, !response.IsError, latencyMicros, response.StatusCode);
    }

    public StepStats Snapshot(TimeSpan duration) => new(
        Name,
        _ok.Snapshot(duration),
        _fail.Snapshot(duration),
        _statusCodes.Snapshot(),
        _errorStatusCodes.Snapshot(),
        _errorCodes.Snapshot(),
        _errorMessages.Snapshot(),
        _overTime.Snapshot(duration))
    {
        FailedCalls = _failedCalls.Snapshot(),
    };
}
