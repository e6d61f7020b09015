using MfaConformance.Client;
using MfaConformance.Client.Exchange;
using MfaConformance.StepDefinitions.Target;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>
/// Writes every HTTP exchange of a step (API and set-up calls), already redacted, and the curl command that replays
/// it to Reqnroll's output (<see cref="IReqnrollOutputHelper"/>): the Cucumber messages carry it as the step's log
/// attachment, so the HTML report, JUnit and the test output show it under the step. Off when the target says so
/// (load runs, where nobody reads it and formatting costs CPU on every call). What one scenario writes is bounded:
/// each body is cut (<see cref="ExchangeFormatter.MaxBodyChars"/>), and once the scenario has written
/// <see cref="AttachmentBudget"/> characters the later exchanges are written as one line each.
/// </summary>
public sealed class ScenarioHttpObserver(IReqnrollOutputHelper output, ConformanceTarget target) : IExchangeObserver
{
    public const string ExchangeHeading = "HTTP exchange (redacted):";
    public const string CurlHeading = "Replay:";

    /// <summary>Characters of full exchanges one scenario may write (a normal scenario writes a few KiB).</summary>
    public const int AttachmentBudget = 256 * 1024;

    private long _attached;

    public void OnExchange(ExchangeRecord exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (!target.RecordExchanges)
        {
            return;
        }

        if (Interlocked.Read(ref _attached) >= AttachmentBudget)
        {
            output.WriteLine($"{ExchangeHeading} {exchange} (not written in full: this scenario's {AttachmentBudget / 1024} KiB budget is spent)");
            return;
        }

        var text = exchange.Format();
        var curl = exchange.ToCurl();
        Interlocked.Add(ref _attached, text.Length + curl.Length);
        output.WriteLine($"{ExchangeHeading}{Environment.NewLine}{text}{Environment.NewLine}{CurlHeading} {curl}");
    }
}
