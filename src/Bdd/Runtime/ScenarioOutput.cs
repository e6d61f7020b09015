namespace MfaConformance.Bdd.Runtime;

/// <summary>The output of one scenario: Reqnroll's step trace and what bindings wrote (IReqnrollOutputHelper), in order.</summary>
public sealed class ScenarioOutput
{
    private readonly List<string> _lines = [];
    private readonly Lock _gate = new();

    public void Add(string line)
    {
        lock (_gate)
        {
            _lines.Add(line);
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _lines);
        }
    }
}
