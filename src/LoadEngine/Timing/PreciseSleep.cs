using System.Runtime.InteropServices;

namespace MfaConformance.LoadEngine.Timing;

/// <summary>
/// Sleeps with microsecond resolution where the OS offers it (Linux: nanosleep, which wakes within about 50-100 µs),
/// so the open-model scheduler needs to spin (yield) only for the last <see cref="SpinMargin"/> before a start
/// instead of the last millisecond: a thread yielding for a millisecond before each start burnt a fifth of a core
/// at 200 starts/s. Elsewhere it falls back to millisecond waits and a 1 ms spin.
/// </summary>
internal static partial class PreciseSleep
{
    private static readonly bool Native = OperatingSystem.IsLinux();

    /// <summary>How long before a due time the scheduler stops sleeping and yields instead.</summary>
    public static TimeSpan SpinMargin { get; } = Native ? TimeSpan.FromMicroseconds(150) : TimeSpan.FromMilliseconds(1);

    /// <summary>Sleeps about <paramref name="duration"/> (never much longer); returns early when cancelled.</summary>
    public static void For(TimeSpan duration, CancellationToken cancellationToken)
    {
        if (!Native)
        {
            cancellationToken.WaitHandle.WaitOne(duration);
            return;
        }

        // Chunks of at most 20 ms so a stop is seen quickly.
        var chunk = duration < TimeSpan.FromMilliseconds(20) ? duration : TimeSpan.FromMilliseconds(20);
        var spec = new Timespec { Seconds = chunk.Ticks / TimeSpan.TicksPerSecond, Nanoseconds = chunk.Ticks % TimeSpan.TicksPerSecond * 100 };
        if (NanoSleep(ref spec, IntPtr.Zero) != 0 && cancellationToken.IsCancellationRequested)
        {
            return;
        }
    }

    [LibraryImport("libc", EntryPoint = "nanosleep")]
    private static partial int NanoSleep(ref Timespec request, IntPtr remaining);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
