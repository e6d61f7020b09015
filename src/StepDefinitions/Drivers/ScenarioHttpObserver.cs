using MfaConformance.Bdd;
using MfaConformance.Client;

namespace MfaConformance.StepDefinitions;

/// <summary>
/// Attaches every HTTP exchange of a step (API and set-up calls), already redacted, plus a curl reproduction. What
/// one scenario attaches is bounded: each body is cut (<see cref="ExchangeFormatter.MaxBodyChars"/>), and once the
/// scenario has attached <see cref="AttachmentBudget"/> characters the later exchanges are attached as one line each.
/// </summary>
public sealed class ScenarioHttpObserver : IExchangeObserver
{
    public const string HttpAttachment = "http";
    public const string CurlAttachment = "curl";

    /// <summary>Characters of full exchanges one scenario may attach (a normal scenario attaches a few KiB).</summary>
    public const int AttachmentBudget = 256 * 1024;

    private readonly ScenarioContext _scenario;
    private readonly bool _attach;
    private long _attached;

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
        {
            return;
        }

        if (Interlocked.Read(ref _attached) >= AttachmentBudget)
        {
            _scenario.Attach(HttpAttachment, "text/plain", $"{exchange} (not attached in full: this scenario's {AttachmentBudget / 1024} KiB attachment budget is spent)");
            return;
        }

        var text = exchange.Format();
        var curl = exchange.ToCurl();
        Interlocked.Add(ref _attached, text.Length + curl.Length);
        _scenario.Attach(HttpAttachment, "text/plain", text);
        _scenario.Attach(CurlAttachment, "text/plain", curl);
    }
}
