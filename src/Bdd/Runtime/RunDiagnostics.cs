using Reqnroll.Tracing;

namespace MfaConformance.Bdd.Runtime;

/// <summary>Reqnroll's run-level trace ("Loading plugin", configuration, warnings): kept for the host instead of the console.</summary>
public sealed class RunDiagnostics : ITraceListener
{
    private readonly List<string> _lines = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    public void WriteTestOutput(string message) => Add(message);

    public void WriteToolOutput(string message) => Add(message);

    private void Add(string line)
    {
        lock (_gate)
        {
            if (_lines.Count < 1000)
            {
                _lines.Add(line);
            }
        }
    }
}
