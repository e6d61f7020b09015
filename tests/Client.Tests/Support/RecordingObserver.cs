using System.Collections.Concurrent;

using MfaConformance.Client.Exchange;
namespace MfaConformance.Client.Tests.Support;

internal sealed class RecordingObserver : IExchangeObserver
{
    private readonly ConcurrentQueue<ExchangeRecord> _seen = new();

    public IReadOnlyList<ExchangeRecord> Seen => _seen.ToList();

    public void OnExchange(ExchangeRecord exchange) => _seen.Enqueue(exchange);
}
