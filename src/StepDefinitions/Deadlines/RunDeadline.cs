using System.Globalization;
using MfaConformance.Client;

using MfaConformance.Client.Exchange;
using MfaConformance.Client.Transport;
namespace MfaConformance.StepDefinitions.Deadlines;

/// <summary>
/// The run-wide deadline of a conformance run and the per-scenario timeout, owned by the target layer (not by the
/// BDD runner), so a late or stalling target ends in bounded time whichever runner drives the scenarios. When the
/// deadline passes, every call in flight is cancelled and every scenario that starts afterwards fails at once as timed
/// out: the runner then finishes normally and writes its reports. The deadline also passes early when the target
/// leaves <see cref="UnansweredCallsLimit"/> calls in a row unanswered within the per-request timeout (it is not
/// answering at all). Thread-safe.
/// </summary>
public sealed class RunDeadline : IExchangeObserver, IDisposable
{
    /// <summary>Calls in a row that time out, with no answer in between, after which the target counts as not answering.</summary>
    public const int DefaultUnansweredCallsLimit = 5;

    private readonly CancellationTokenSource _run = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _requestTimeout;
    private ITimer? _timer;
    private string? _reason;
    private int _unansweredInARow;

    public RunDeadline(TimeSpan? scenarioTimeout = null, TimeSpan? requestTimeout = null, int unansweredCallsLimit = DefaultUnansweredCallsLimit, TimeProvider? timeProvider = null)
    {
        if (scenarioTimeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(scenarioTimeout), timeout, "a scenario timeout must be positive");
        }

        ScenarioTimeout = scenarioTimeout;
        UnansweredCallsLimit = unansweredCallsLimit;
        _requestTimeout = requestTimeout ?? TargetOptions.DefaultTimeout;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The longest one scenario may run; null: no per-scenario limit.</summary>
    public TimeSpan? ScenarioTimeout { get; }

    /// <summary>Calls in a row without an answer after which the deadline passes; 0 turns this off.</summary>
    public int UnansweredCallsLimit { get; }

    /// <summary>Cancelled when the run's deadline passes.</summary>
    public CancellationToken Token => _run.Token;

    /// <summary>Why the run's deadline passed ("the suite's 10 min deadline passed"), or null while it has not.</summary>
    public string? Reason => Volatile.Read(ref _reason);

    public bool HasPassed => _run.IsCancellationRequested;

    public TimeProvider TimeProvider => _time;

    /// <summary>Lets the run go on for at most <paramref name="timeout"/> from now (the suite deadline).</summary>
    public void ExpireAfter(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        var reason = $"the suite's {Describe(timeout)} deadline passed";
        var timer = _time.CreateTimer(_ => Expire(reason), null, timeout, Timeout.InfiniteTimeSpan);
        Interlocked.Exchange(ref _timer, timer)?.Dispose();
    }

    /// <summary>Ends the run now with <paramref name="reason"/> (the first reason given wins).</summary>
    public void Expire(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Interlocked.CompareExchange(ref _reason, reason, null) is null)
        {
            try
            {
                _run.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // the run is over
            }
        }
    }

    /// <summary>Counts calls in a row left unanswered within the request timeout; any answer resets the count.</summary>
    public void OnExchange(ExchangeRecord exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (!exchange.TimedOut)
        {
            if (exchange.StatusCode > 0)
            {
                Interlocked.Exchange(ref _unansweredInARow, 0);
            }

            return;
        }

        if (UnansweredCallsLimit > 0 && Interlocked.Increment(ref _unansweredInARow) >= UnansweredCallsLimit)
        {
            Expire(string.Create(CultureInfo.InvariantCulture, $"the target left {UnansweredCallsLimit} calls in a row unanswered within the {Describe(_requestTimeout)} request timeout (last: {exchange.CallName}), so it counts as not answering"));
        }
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _timer, null)?.Dispose();
        _run.Dispose();
    }

    /// <summary>"2 min", "90 s", "500 ms".</summary>
    public static string Describe(TimeSpan span) => span switch
    {
        { TotalMinutes: >= 1 } when span.TotalSeconds % 60 == 0 => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0} min"),
        { TotalSeconds: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.###} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMilliseconds:0} ms"),
    };
}
