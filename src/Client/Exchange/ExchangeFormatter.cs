using System.Globalization;
using System.Text;

namespace MfaConformance.Client.Exchange;

/// <summary>
/// Formats an exchange as redacted text: request line, headers, body, status, response body, timing. Bodies are
/// cut at <see cref="MaxBodyChars"/> characters, so what reports hold per exchange is bounded whatever the target sends.
/// </summary>
public static class ExchangeFormatter
{
    /// <summary>The most characters of a request or response body shown (an API body is a few hundred).</summary>
    public const int MaxBodyChars = 8 * 1024;

    public static string Format(ExchangeRecord exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var text = new StringBuilder();
        text.Append(exchange.Method).Append(' ').AppendLine(exchange.Url);
        foreach (var (name, value) in exchange.RequestHeaders)
            text.Append(name).Append(": ").AppendLine(value);
        if (exchange.RequestBody.Length > 0)
            AppendBody(text, exchange.RequestBody, exchange.RequestBytes);
        text.AppendLine();
        if (exchange.TransportError is { } error)
        {
            text.Append("!! ").AppendLine(error);
        }
        else
        {
            text.Append("HTTP ").Append(exchange.StatusCode.ToString(CultureInfo.InvariantCulture));
            if (exchange.ResponseContentType is { } type)
                text.Append(" (").Append(type).Append(')');
            text.AppendLine();
            foreach (var (name, value) in exchange.ResponseHeaders)
                text.Append(name).Append(": ").AppendLine(value);
            if (exchange.ResponseBody.Length > 0)
                AppendBody(text, exchange.ResponseBody, exchange.ResponseBytes);
        }
        text.Append(CultureInfo.InvariantCulture,
            $"-- {exchange.Elapsed.TotalMilliseconds:0.0} ms, sent {exchange.RequestBytes} B, received {exchange.ResponseBytes} B");
        return text.ToString();
    }

    private static void AppendBody(StringBuilder text, string body, long bytes)
    {
        text.AppendLine();
        if (body.Length <= MaxBodyChars)
        {
            text.AppendLine(body);
            return;
        }

        text.Append(body.AsSpan(0, MaxBodyChars)).AppendLine("…")
            .AppendLine(CultureInfo.InvariantCulture, $"(body cut: the first {MaxBodyChars} of {body.Length} characters shown, {bytes} bytes received)");
    }
}
