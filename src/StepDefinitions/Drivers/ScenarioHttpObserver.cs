using MfaConformance.Bdd;
using MfaConformance.Client;

namespace MfaConformance.StepDefinitions;

/// <summary>Attaches every HTTP exchange of a step (API and set-up calls), already redacted, plus a curl reproduction.</summary>
public sealed class ScenarioHttpObserver : IExchangeObserver
{
    public const string HttpAttachment = "http";
    public const string CurlAttachment = "curl";

    private readonly ScenarioContext _scenario;
    private readonly bool _attach;

    public ScenarioHttpObserver(ScenarioContext scenario)
        : this(scenario, attach: true)
    {
    }

    private ScenarioHttpObserver(ScenarioContext scenario, bool attach)
    {
        _scenario = scenario;
        _attach = attach;
    }

    /// <summary>
    /// An observer that attaches nothing, for load iterations: nothing reads their attachments, and formatting and
    /// redacting two texts per call was the largest part of the harness's CPU per call.
    /// </summary>
    public static ScenarioHttpObserver Discarding(ScenarioContext scenario) => new(scenario, attach: false);

    public void OnExchange(ExchangeRecord exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (!_attach)
            return;
        _scenario.Attach(HttpAttachment, "text/plain", exchange.Format());
        _scenario.Attach(CurlAttachment, "text/plain", exchange.ToCurl());
    }
}
