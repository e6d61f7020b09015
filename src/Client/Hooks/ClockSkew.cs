using System.Globalization;

namespace MfaConformance.Client.Hooks;

/// <summary>
/// The target's clock as the consoles show it: how far the sandbox hooks have moved it from real time, never its reading
/// alone (a clock a run moved 12 hours ahead, printed as a time, reads as the time of the run).
/// </summary>
public static class ClockSkew
{
    /// <summary>Below this the two clocks are shown as in step (the probe's own round trip is in the difference).</summary>
    public static readonly TimeSpan InStep = TimeSpan.FromMinutes(1);

    /// <summary>"target clock at real time", or "target clock 12 h 0 min ahead of real time, moved through the sandbox hooks".</summary>
    public static string Describe(DateTimeOffset targetNow, DateTimeOffset realNow)
    {
        var skew = targetNow - realNow;
        if (skew.Duration() < InStep)
        {
            return "target clock at real time";
        }

        var direction = skew > TimeSpan.Zero ? "ahead of" : "behind";
        return $"target clock {Span(skew.Duration())} {direction} real time, moved through the sandbox hooks";
    }

    private static string Span(TimeSpan span) => span.TotalDays >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d {span.Hours} h")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes} min");
}
