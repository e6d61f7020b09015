using System.Globalization;
using System.Text;

namespace MfaConformance.Client;

/// <summary>Formats an exchange as redacted text: request line, headers, body, status, response body, timing.</summary>
public static class ExchangeFormatter
{
    public static string Format(ExchangeRecord exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var text = new StringBuilder();
        text.Append(exchange.Method).Append(' ').AppendLine(exchange.Url);
        foreach (var (name, value) in exchange.RequestHeaders)
            text.Append(name).Append(": ").AppendLine(value);
        if (exchange.RequestBody.Length > 0)
            text.AppendLine().AppendLine(exchange.RequestBody);
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
                text.AppendLine().AppendLine(exchange.ResponseBody);
        }
        text.Append(CultureInfo.InvariantCulture,
            $"-- {exchange.Elapsed.TotalMilliseconds:0.0} ms, sent {exchange.RequestBytes} B, received {exchange.ResponseBytes} B");
        return text.ToString();
    }
}
