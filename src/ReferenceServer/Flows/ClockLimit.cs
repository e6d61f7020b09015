using System.Globalization;
using MfaConformance.ReferenceServer.Time;

namespace MfaConformance.ReferenceServer.Flows;

/// <summary>The clock hook's refusal when an advance would take the clock past the latest time it can show.</summary>
internal static class ClockLimit
{
    public static string Refusal(double seconds, DateTimeOffset now)
    {
        var left = Math.Floor((ControllableClock.Latest - now).TotalSeconds);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"field 'advanceSeconds': {seconds:0.###} s would move the clock past {ControllableClock.Latest:O}, the latest time at which every validity period stays representable; the clock is at {now:O} and can move at most {left:0} s more (nothing was changed)");
    }
}
