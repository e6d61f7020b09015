using MfaConformance.Client;
using Reqnroll;

namespace MfaConformance.StepDefinitions;

/// <summary>
/// Writes every HTTP exchange of a step (API and set-up calls), already redacted, and the curl command that replays
/// it to Reqnroll's output (<see cref="IReqnrollOutputHelper"/>): the Cucumber messages carry it as the step's log
/// attachment, so the HTML report, JUnit and the test output show it under the step. Off when the target says so
/// (load runs, where nobody reads it and formatting costs CPU on every call).
/// </summary>
public sealed class ScenarioHttpObserver(IReqnrollOutputHelper output, ConformanceTarget target) : IExchangeObserver
{
    public const string ExchangeHeading = "HTTP exchange (redacted):";
    public const string CurlHeading = "Replay:";

    public void OnExchange(ExchangeRecord exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (target.RecordExchanges)
        {
            output.WriteLine($"{ExchangeHeading}{Environment.NewLine}{exchange.Format()}{Environment.NewLine}{CurlHeading} {exchange.ToCurl()}");
        }
    }
}
