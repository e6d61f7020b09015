using System.Diagnostics;

namespace MfaConformance.LoadBench;

/// <summary>
/// This process's CPU time (user + system) sampled every 10 ms on its own thread, so the CPU of a window that
/// ends now and lasted a known time can be read afterwards (the engine's measured phase, without provisioning).
/// </summary>
internal sealed class CpuMeter : IDisposable
{
    private readonly List<(TimeSpan At, TimeSpan Cpu)> _samples = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Thread _thread;
    private volatile bool _stop;

    public CpuMeter()
    {
        _thread = new Thread(() =>
        {
            while (!_stop)
            {
                Sample();
                Thread.Sleep(10);
            }
        })
        { IsBackground = true, Name = "cpu-meter" };
        Sample();
        _thread.Start();
    }

    public TimeSpan Now => _clock.Elapsed;

    public static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>CPU used between <paramref name="from"/> and now.</summary>
    public TimeSpan CpuSince(TimeSpan from)
    {
        Sample();
        lock (_samples)
        {
            var start = _samples.LastOrDefault(s => s.At <= from);
            if (start == default)
            {
                start = _samples[0];
            }

            return _samples[^1].Cpu - start.Cpu;
        }
    }

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }

    private void Sample()
    {
        var sample = (_clock.Elapsed, ProcessCpu());
        lock (_samples)
        {
            _samples.Add(sample);
        }
    }
}
