using MfaConformance.Bdd;
using MfaConformance.Client;

namespace MfaConformance.StepDefinitions;

/// <summary>
/// Attaches every HTTP exchange of a step (API and set-up calls), already redacted, plus a curl reproduction. What
/// one scenario attaches is bounded: each body is cut (<see cref="ExchangeFormatter.MaxBodyChars"/>), and once the
/// scenario has attached <see cref="AttachmentBudget"/> characters the later exchanges are attached as one line each.
/// </summary>
public sealed class ScenarioHttpObserver(ScenarioContext scenario) : IExchangeObserver
{
    public const string HttpAttachment = "http";
    public const string CurlAttachment = "curl";

    /// <summary>Characters of full exchanges one scenario may attach (a normal scenario attaches a few KiB).</summary>
    public const int AttachmentBudget = 256 * 1024;

    private long _attached;

    public void OnExchange(ExchangeRecord exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (Interlocked.Read(ref _attached) >= AttachmentBudget)
        {
            scenario.Attach(HttpAttachment, "text/plain", $"{exchange} (not attached in full: this scenario's {AttachmentBudget / 1024} KiB attachment budget is spent)");
            return;
        }

        var text = exchange.Format();
        var curl = exchange.ToCurl();
        Interlocked.Add(ref _attached, text.Length + curl.Length);
        scenario.Attach(HttpAttachment, "text/plain", text);
        scenario.Attach(CurlAttachment, "text/plain", curl);
    }
}
