using MfaConformance.StepDefinitions.Target;
namespace MfaConformance.StepDefinitions.Deadlines;

/// <summary>
/// One scenario's deadline (per-scenario context): started by <see cref="TargetHooks"/> once the scenario holds the
/// clock gate, it ends at the scenario timeout or at the run's deadline, whichever comes first. Drivers pass
/// <see cref="Token"/> to every call and turn a cancellation into a <see cref="ScenarioTimedOutException"/> naming the call.
/// Before <see cref="Start"/> (load iterations, which have their own bounds) only the run's deadline applies.
/// </summary>
public sealed class ScenarioDeadline(ConformanceTarget target) : IDisposable
{
    private readonly RunDeadline _run = target.Deadline;
    private CancellationTokenSource? _scenario;
    private CancellationTokenSource? _linked;

    public CancellationToken Token => _linked?.Token ?? _run.Token;

    /// <summary>Starts the scenario's clock; throws <see cref="ScenarioTimedOutException"/> when the run's deadline already passed.</summary>
    public void Start()
    {
        if (_run.HasPassed)
        {
            throw new ScenarioTimedOutException($"timed out before it started: {_run.Reason}");
        }

        if (_linked is not null)
        {
            return;
        }

        _scenario = _run.ScenarioTimeout is { } timeout
            ? new CancellationTokenSource(timeout, _run.TimeProvider)
            : new CancellationTokenSource();
        _linked = CancellationTokenSource.CreateLinkedTokenSource(_scenario.Token, _run.Token);
    }

    /// <summary>Runs <paramref name="operation"/> with <see cref="Token"/>; its cancellation by this deadline becomes a <see cref="ScenarioTimedOutException"/> naming <paramref name="call"/>.</summary>
    public async Task<T> RunAsync<T>(string call, Func<CancellationToken, Task<T>> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var token = Token;
        try
        {
            return await operation(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw TimedOut(call);
        }
    }

    /// <summary>The exception for a cancellation seen during <paramref name="call"/> ("POST /auth/v1/token/generate", "reading the OTP").</summary>
    public ScenarioTimedOutException TimedOut(string call) =>
        new($"timed out during {call}: {Why()}");

    /// <summary>True when <paramref name="exception"/> is this deadline's cancellation (not the caller's own).</summary>
    public bool Caused(Exception exception) => exception is OperationCanceledException && Token.IsCancellationRequested;

    public void Dispose()
    {
        _linked?.Dispose();
        _scenario?.Dispose();
    }

    private string Why() => _run.HasPassed
        ? _run.Reason ?? "the run's deadline passed"
        : $"the scenario's {RunDeadline.Describe(_run.ScenarioTimeout ?? TimeSpan.Zero)} deadline passed";
}
