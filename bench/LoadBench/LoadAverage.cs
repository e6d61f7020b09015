namespace MfaConformance.LoadBench;

/// <summary>The machine's 1/5/15-minute load average (Linux /proc/loadavg): figures taken on a busy box are noisy.</summary>
internal static class LoadAverage
{
    public static string Read() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
