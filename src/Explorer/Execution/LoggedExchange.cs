using MfaConformance.Client;

using MfaConformance.Client.Exchange;
namespace MfaConformance.Explorer.Execution;

/// <summary>An exchange as the explorer saw it, with when it left and when its answer came (seconds on the harness's monotonic clock).</summary>
public sealed record LoggedExchange(ExchangeRecord Exchange, double SentAt, double AnsweredAt);
