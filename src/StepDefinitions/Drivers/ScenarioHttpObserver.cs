using System.Globalization;
using MfaConformance.Client;
using MfaConformance.Client.Exchange;
using MfaConformance.StepDefinitions.Target;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>
/// Writes the HTTP exchanges of a step (API and set-up calls), already redacted, to Reqnroll's output
/// (<see cref="IReqnrollOutputHelper"/>): the Cucumber messages carry it as the step's log attachment, so the HTML
/// report, JUnit and the test output show it under the step. How much depends on <see cref="ConformanceTarget.Evidence"/>:
/// <list type="bullet">
/// <item><see cref="EvidenceLevel.Summary"/> (default): one line per call (method, path, status, time, curl replay);
/// when the scenario fails, <see cref="WriteFullExchanges"/> (an after-scenario hook) writes every exchange in full.</item>
/// <item><see cref="EvidenceLevel.Full"/>: every exchange in full, under its step.</item>
/// </list>
/// Off when the target says so (load runs, where nobody reads it and formatting costs CPU on every call). What one
/// scenario writes is bounded: each body is cut (<see cref="ExchangeFormatter.MaxBodyChars"/>), and once the scenario
/// has written <see cref="AttachmentBudget"/> characters the later exchanges are written as one line each.
/// </summary>
public sealed class ScenarioHttpObserver(IReqnrollOutputHelper output, ConformanceTarget target) : IExchangeObserver
{
    /// <summary>Opens an exchange written in full.</summary>
    public const string ExchangeHeading = "HTTP exchange (redacted):";

    /// <summary>Opens the one line of a call (summary evidence).</summary>
    public const string CallHeading = "HTTP";

    public const string CurlHeading = "Replay:";

    /// <summary>Opens the full exchanges of a failed scenario (summary evidence).</summary>
    public const string FailedScenarioHeading = "The scenario failed: its HTTP exchanges in full";

    /// <summary>Characters of full exchanges one scenario may write (a normal scenario writes a few KiB).</summary>
    public const int AttachmentBudget = 256 * 1024;

    /// <summary>Exchanges kept for <see cref="WriteFullExchanges"/> (a scenario makes a few dozen calls).</summary>
    public const int MaxKeptExchanges = 1000;

    private readonly List<ExchangeRecord> _kept = [];
    private readonly Lock _gate = new();
    private long _attached;

    public void OnExchange(ExchangeRecord exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (!target.RecordExchanges)
        {
            return;
        }

        if (target.Evidence == EvidenceLevel.Summary)
        {
            lock (_gate)
            {
                if (_kept.Count < MaxKeptExchanges)
                {
                    _kept.Add(exchange);
                }
            }

            output.WriteLine(OneLine(exchange));
            return;
        }

        WriteInFull(exchange);
    }

    /// <summary>
    /// Summary evidence: writes every exchange of the scenario so far in full (the scenario failed). Nothing with full
    /// evidence (they were written in full under their steps) or when exchanges are not recorded.
    /// </summary>
    public void WriteFullExchanges()
    {
        if (!target.RecordExchanges || target.Evidence != EvidenceLevel.Summary)
        {
            return;
        }

        ExchangeRecord[] kept;
        lock (_gate)
        {
            kept = [.. _kept];
            _kept.Clear();
        }

        if (kept.Length == 0)
        {
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{FailedScenarioHeading} ({kept.Length}), in the order they were made:"));
        foreach (var exchange in kept)
        {
            WriteInFull(exchange);
        }
    }

    /// <summary>"HTTP POST /auth/v1/mfa/otp/validate -> 200 in 8 ms | Replay: curl ..." (redacted, secrets as shell variables).</summary>
    public static string OneLine(ExchangeRecord exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var path = Uri.TryCreate(exchange.Url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : exchange.Url;
        var answer = exchange.TransportError is { } error
            ? $"!! {error}"
            : string.Create(CultureInfo.InvariantCulture, $"{exchange.StatusCode} in {exchange.Elapsed.TotalMilliseconds:0} ms");
        return $"{CallHeading} {exchange.Method} {path} -> {answer} | {CurlHeading} {CurlCommandBuilder.Build(exchange, compact: true)}";
    }

    private void WriteInFull(ExchangeRecord exchange)
    {
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
