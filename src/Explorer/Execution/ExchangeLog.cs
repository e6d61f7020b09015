using System.Diagnostics;
using MfaConformance.Client;

using MfaConformance.Client.Exchange;
namespace MfaConformance.Explorer.Execution;

/// <summary>
/// Every exchange on the target's connection while a program runs (programs run one at a time: the clock hook moves the
/// whole target's clock), with its timing on the harness's monotonic clock. The runner drains it after each step.
/// </summary>
internal sealed class ExchangeLog : IExchangeObserver
{
    private readonly Lock _gate = new();
    private readonly List<LoggedExchange> _pending = [];
    private readonly long _origin;

    public ExchangeLog(long origin)
    {
        _origin = origin;
    }

    public void OnExchange(ExchangeRecord exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var answered = Stopwatch.GetElapsedTime(_origin).TotalSeconds;
        lock (_gate)
        {
            _pending.Add(new LoggedExchange(exchange, answered - exchange.Elapsed.TotalSeconds, answered));
        }
    }

    /// <summary>The exchanges since the last call, oldest first.</summary>
    public IReadOnlyList<LoggedExchange> Drain()
    {
        lock (_gate)
        {
            var drained = _pending.ToList();
            _pending.Clear();
            return drained;
        }
    }
}
