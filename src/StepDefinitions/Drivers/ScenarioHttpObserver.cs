using MfaConformance.Bdd;
using MfaConformance.Client;

namespace MfaConformance.StepDefinitions;

/// <summary>
/// Attaches every HTTP exchange of a step (API and set-up calls), already redacted, plus a curl reproduction.
/// Load iterations pass <paramref name="attachExchanges"/> false: nothing reads their attachments, and formatting
/// and redacting two texts per call was the largest part of the harness's CPU per call.
/// </summary>
public sealed class ScenarioHttpObserver(ScenarioContext scenario, bool attachExchanges = true) : IExchangeObserver
{
    public const string HttpAttachment = "http";
    public const string CurlAttachment = "curl";

    public void OnExchange(ExchangeRecord exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (!attachExchanges)
            return;
        scenario.Attach(HttpAttachment, "text/plain", exchange.Format());
        scenario.Attach(CurlAttachment, "text/plain", exchange.ToCurl());
    }
}
