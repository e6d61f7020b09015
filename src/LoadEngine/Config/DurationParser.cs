using System.Globalization;
using System.Text.RegularExpressions;

namespace MfaConformance.LoadEngine.Config;

/// <summary>Durations written as "500ms", "30s", "2m", "1h", "250us" (a number and a unit; decimals allowed).</summary>
public static partial class DurationParser
{
    /// <summary>Parses a duration; throws <see cref="LoadConfigException"/> naming <paramref name="where"/> when it is not one.</summary>
    public static TimeSpan Parse(string? text, string where = "duration")
    {
        var match = text is null ? Match.Empty : Shape().Match(text);
        if (!match.Success)
        {
            throw new LoadConfigException($"{where}: \"{text}\" is not a duration (write e.g. \"500ms\", \"30s\", \"2m\", \"1h\")");
        }

        var number = double.Parse(match.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        var ticks = match.Groups["u"].Value switch
        {
            "us" => number * TimeSpan.TicksPerMicrosecond,
            "ms" => number * TimeSpan.TicksPerMillisecond,
            "s" => number * TimeSpan.TicksPerSecond,
            "m" => number * TimeSpan.TicksPerMinute,
            _ => number * TimeSpan.TicksPerHour,
        };
        return TimeSpan.FromTicks((long)Math.Round(ticks));
    }

    /// <summary>Writes a duration in the shortest of these units that is exact.</summary>
    public static string Format(TimeSpan value)
    {
        if (value.Ticks % TimeSpan.TicksPerHour == 0 && value >= TimeSpan.FromHours(1))
        {
            return $"{value.Ticks / TimeSpan.TicksPerHour}h";
        }

        if (value.Ticks % TimeSpan.TicksPerMinute == 0 && value >= TimeSpan.FromMinutes(1))
        {
            return $"{value.Ticks / TimeSpan.TicksPerMinute}m";
        }

        if (value.Ticks % TimeSpan.TicksPerSecond == 0)
        {
            return $"{value.Ticks / TimeSpan.TicksPerSecond}s";
        }

        return value.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + "ms";
    }

    [GeneratedRegex(@"^\s*(?<n>[0-9]+(?:\.[0-9]+)?)\s*(?<u>us|ms|s|m|h)\s*$")]
    private static partial Regex Shape();
}
