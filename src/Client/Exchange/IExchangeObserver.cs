namespace MfaConformance.Client.Exchange;

/// <summary>
/// Called after every call (API or hooks, success, HTTP error or transport failure) with the redacted
/// exchange. Observers run synchronously on the caller's flow, so they must be quick and thread-safe;
/// an exception thrown by an observer propagates to the caller (it is a harness bug, not a target fault).
/// Redacted texts are computed lazily, so an observer that only reads counts costs almost nothing.
/// </summary>
public interface IExchangeObserver
{
    void OnExchange(ExchangeRecord exchange);
}
