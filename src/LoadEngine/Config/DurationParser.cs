using System.Globalization;
using System.Text.RegularExpressions;

namespace MfaConformance.LoadEngine.Config;

/// <summary>
/// The one duration grammar of the harness (load configs, every setting, the command line): numbers with a unit,
/// one or more of them, <c>500ms</c>, <c>30s</c>, <c>10m</c>, <c>1h30m</c>, <c>1.5s</c>, <c>250us</c> (units us, ms, s,
/// m, h). A bare number is refused with a hint ("'5' has no unit: write 5s or 5000ms"), except 0.
/// </summary>
public static partial class DurationParser
{
    /// <summary>What the grammar accepts, for messages and help texts.</summary>
    public const string Examples = "500ms, 30s, 10m, 1h30m";

    /// <summary>Parses a duration; throws <see cref="LoadConfigException"/> naming <paramref name="where"/> when it is not one.</summary>
    public static TimeSpan Parse(string? text, string where = "duration") =>
        TryParse(text, out var value, out var problem) ? value : throw new LoadConfigException($"{where}: {problem}");

    /// <summary>Parses a duration; on failure <paramref name="problem"/> says what is wrong, quoting the text.</summary>
    public static bool TryParse(string? text, out TimeSpan value, out string problem)
    {
        value = TimeSpan.Zero;
        problem = string.Empty;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed == "0")
        {
            return true;
        }

        if (BareNumber().IsMatch(trimmed))
        {
            var milliseconds = double.Parse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture) * 1000;
            problem = $"'{trimmed}' has no unit: write {trimmed}s or {milliseconds.ToString("0.###", CultureInfo.InvariantCulture)}ms";
            return false;
        }

        if (!Whole().IsMatch(trimmed))
        {
            problem = $"'{text}' is not a duration (write e.g. {Examples})";
            return false;
        }

        double ticks = 0;
        foreach (Match part in Part().Matches(trimmed))
        {
            var number = double.Parse(part.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            ticks += part.Groups["u"].Value switch
            {
                "us" => number * TimeSpan.TicksPerMicrosecond,
                "ms" => number * TimeSpan.TicksPerMillisecond,
                "s" => number * TimeSpan.TicksPerSecond,
                "m" => number * TimeSpan.TicksPerMinute,
                _ => number * TimeSpan.TicksPerHour,
            };
        }

        if (ticks > TimeSpan.MaxValue.Ticks)
        {
            problem = $"'{text}' is too long a duration";
            return false;
        }

        value = TimeSpan.FromTicks((long)Math.Round(ticks));
        return true;
    }

    /// <summary>Writes a duration in the grammar, shortest exact form first: 1h30m, 10m, 30s, 1m30s, 500ms.</summary>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "0s";
        }

        if (value.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            return value.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + "ms";
        }

        var hours = value.Ticks / TimeSpan.TicksPerHour;
        var minutes = value.Ticks % TimeSpan.TicksPerHour / TimeSpan.TicksPerMinute;
        var seconds = value.Ticks % TimeSpan.TicksPerMinute / TimeSpan.TicksPerSecond;
        return string.Concat(
            hours > 0 ? $"{hours}h" : string.Empty,
            minutes > 0 ? $"{minutes}m" : string.Empty,
            seconds > 0 ? $"{seconds}s" : string.Empty);
    }

    [GeneratedRegex(@"^[0-9]+(?:\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"^(?:[0-9]+(?:\.[0-9]+)?\s*(?:us|ms|s|m|h)\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Whole();

    [GeneratedRegex(@"(?<n>[0-9]+(?:\.[0-9]+)?)\s*(?<u>us|ms|s|m|h)", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
