using MfaConformance.LoadEngine.Timing;

namespace MfaConformance.LoadBench;

/// <summary>
/// The bare open loops wait like the engine's scheduler (<see cref="SystemLoadClock.WaitUntil"/>: a precise sleep,
/// then a short yield), so both sides of a comparison pay the same for waiting and differ only in what they do per start.
/// </summary>
internal static class OpenLoop
{
    public static void WaitUntil(SystemLoadClock clock, TimeSpan due) => clock.WaitUntil(due, CancellationToken.None);
}
