using MfaConformance.Bdd;
using MfaConformance.Client;

namespace MfaConformance.StepDefinitions;

/// <summary>Attaches every HTTP exchange of a step (API and set-up calls), already redacted, plus a curl reproduction.</summary>
public sealed class ScenarioHttpObserver(ScenarioContext scenario) : IExchangeObserver
{
    public const string HttpAttachment = "http";
    public const string CurlAttachment = "curl";

    public void OnExchange(ExchangeRecord exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        scenario.Attach(HttpAttachment, "text/plain", exchange.Format());
        scenario.Attach(CurlAttachment, "text/plain", exchange.ToCurl());
    }
}
