using System.Text.RegularExpressions;
using MfaConformance.Client.Exchange;

namespace MfaConformance.Cli.Security;

/// <summary>Evidence for a row: redacted exchanges (long values elided) and a curl replay with secrets as shell variables.</summary>
internal static partial class SecurityEvidence
{
    private const int LongRun = 200;

    public static IReadOnlyList<string> Of(params ExchangeRecord?[] exchanges) =>
        [.. exchanges.OfType<ExchangeRecord>().Select(e => Elide(e.Format()))];

    /// <summary>
    /// The curl replay of <paramref name="exchange"/>. A value longer than 200 characters made of one repeated character
    /// (the input-bounds probes) becomes $LONG, defined before the command, so the replay stays short and exact.
    /// </summary>
    public static string? Curl(ExchangeRecord? exchange)
    {
        if (exchange is null)
        {
            return null;
        }

        var curl = exchange.ToCurl();
        var run = RepeatedRun().Match(curl);
        return run.Success
            ? $"LONG=$(head -c {run.Length} /dev/zero | tr '\\0' '{run.Value[0]}'); " + curl.Replace(run.Value, "$LONG", StringComparison.Ordinal)
            : curl;
    }

    private static string Elide(string text) =>
        RepeatedRun().Replace(text, m => $"{m.Value[0]}… ({m.Length} × '{m.Value[0]}')");

    [GeneratedRegex("([0-9a-zA-Z])\\1{" + "200" + ",}")]
    private static partial Regex RepeatedRun();
}
