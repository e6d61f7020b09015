using System.Text.Json;
using MfaConformance.LoadEngine.Thresholds;
using static MfaConformance.LoadEngine.Config.LoadConfigParser;

namespace MfaConformance.LoadEngine.Config;

/// <summary>Reads a threshold: a string, or <c>{"expr":"...","abortOnFail":true,"startCheckAfter":"5s"}</c>.</summary>
internal static class ThresholdConfigReader
{
    public static Threshold Read(JsonElement element, string path)
    {
        try
        {
            if (element.ValueKind == JsonValueKind.String)
            {
                return Threshold.Parse(element.GetString()!);
            }

            string? expression = null;
            var abort = false;
            TimeSpan? startAfter = null;
            foreach (var p in Object(element, path).EnumerateObject())
            {
                var at = $"{path}.{p.Name}";
                switch (p.Name)
                {
                    case "expr":
                        expression = String(p.Value, at);
                        break;
                    case "abortOnFail":
                        abort = Bool(p.Value, at);
                        break;
                    case "startCheckAfter":
                        startAfter = Duration(p.Value, at, allowZero: true);
                        break;
                    default:
                        throw Unknown(path, p.Name, "expr, abortOnFail, startCheckAfter");
                }
            }

            return expression is null
                ? throw new LoadConfigException($"{path}: missing \"expr\"")
                : Threshold.Parse(expression, abort, startAfter);
        }
        catch (LoadConfigException ex) when (!ex.Message.StartsWith(path, StringComparison.Ordinal))
        {
            throw new LoadConfigException($"{path}: {ex.Message}", ex);
        }
    }
}
