using System.Globalization;

namespace MfaConformance.Cli.Conformance;

/// <summary>
/// The progress of a suite run (`verify`, and `accept`'s conformance stage). On a terminal: one line redrawn in place,
/// within 80 columns ("verify [##########----------]  120/333 scenarios, 2 failed, 0:12"). Elsewhere (CI logs, files,
/// pipes): a plain line at each tenth of the suite, so a log stays readable and shows the run is alive.
/// </summary>
internal sealed class SuiteProgress
{
    /// <summary>The widest line written on a terminal (one column spare of 80, so no terminal wraps it).</summary>
    public const int MaxWidth = 79;

    private const int BarWidth = 20;

    private readonly TextWriter _output;
    private readonly string _label;
    private readonly int _total;
    private readonly bool _terminal;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly Lock _gate = new();
    private int _nextTenth = 1;
    private bool _drawn;

    public SuiteProgress(TextWriter output, string label, int total, bool terminal, TimeProvider? time = null)
    {
        _output = output;
        _label = label;
        _total = total;
        _terminal = terminal;
        _time = time ?? TimeProvider.System;
        _started = _time.GetTimestamp();
    }

    /// <summary>Whether <paramref name="output"/> is this process's console on a terminal (not redirected to a file or pipe).</summary>
    public static bool IsTerminal(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>A scenario finished: <paramref name="finished"/> of the total so far, <paramref name="failed"/> of them not passed.</summary>
    public void Report(int finished, int failed)
    {
        lock (_gate)
        {
            if (_terminal)
            {
                _output.Write('\r' + Line(finished, failed).PadRight(MaxWidth));
                _output.Flush();
                _drawn = true;
                return;
            }

            if (_total <= 0 || finished * 10 < _nextTenth * _total)
            {
                return;
            }

            while (_nextTenth <= 10 && finished * 10 >= _nextTenth * _total)
            {
                _nextTenth++;
            }

            _output.WriteLine(Plain(finished, failed));
        }
    }

    /// <summary>Ends the redrawn line (terminal) so what follows starts on a line of its own.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            if (_terminal && _drawn)
            {
                _output.WriteLine();
                _drawn = false;
            }
        }
    }

    /// <summary>The terminal line: label, bar, counts, elapsed time; never wider than <see cref="MaxWidth"/>.</summary>
    public string Line(int finished, int failed)
    {
        var filled = _total <= 0 ? 0 : Math.Clamp(finished * BarWidth / _total, 0, BarWidth);
        var bar = new string('#', filled) + new string('-', BarWidth - filled);
        var line = string.Create(CultureInfo.InvariantCulture, $"{_label} [{bar}] {finished,4}/{_total} scenarios, {failed} failed, {Elapsed()}");
        return line.Length <= MaxWidth ? line : line[..MaxWidth];
    }

    /// <summary>The plain line of a log: "verify: 120 of 333 scenarios done, 2 failed (0:12)".</summary>
    public string Plain(int finished, int failed) =>
        string.Create(CultureInfo.InvariantCulture, $"{_label}: {finished} of {_total} scenarios done, {failed} failed ({Elapsed()})");

    private string Elapsed()
    {
        var elapsed = _time.GetElapsedTime(_started);
        return string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalMinutes}:{elapsed.Seconds:00}");
    }
}
