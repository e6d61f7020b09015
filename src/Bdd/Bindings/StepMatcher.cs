using System.Collections.Concurrent;

namespace MfaConformance.Bdd;

/// <summary>Finds exactly one binding per step; results cached per (keyword, text, argument kind). Thread-safe.</summary>
internal sealed class StepMatcher(BindingRegistry registry)
{
    private readonly ConcurrentDictionary<(StepDefinitionKeyword, string, int), StepMatch> _cache = new();

    public StepMatch Match(GherkinPickleStep step)
    {
        var extra = step.Table is not null || step.DocString is not null ? 1 : 0;
        return _cache.GetOrAdd((step.BindingKeyword, step.Text, extra), key => Find(key.Item1, key.Item2, key.Item3));
    }

    private StepMatch Find(StepDefinitionKeyword keyword, string text, int extra)
    {
        var matches = new List<(StepDefinitionBinding Binding, string[] Captures)>();
        foreach (var binding in registry.StepDefinitions)
        {
            if (!binding.Keywords.Contains(keyword))
            {
                continue;
            }

            var m = binding.Regex.Match(text);
            if (m.Success)
            {
                matches.Add((binding, m.Groups.Cast<System.Text.RegularExpressions.Group>().Skip(1).Select(g => g.Value).ToArray()));
            }
        }

        if (matches.Count == 0)
        {
            return new StepMatch(null, [], [], null);
        }

        // As Reqnroll: when several match, keep those whose parameter count fits the step.
        var fitting = matches.Where(x => x.Binding.Invoker.Parameters.Count == x.Captures.Length + extra).ToList();
        var chosen = fitting.Count > 0 ? fitting : matches;
        if (chosen.Count > 1)
        {
            return new StepMatch(null, [], [.. chosen.Select(c => c.Binding)], null);
        }

        var (only, captures) = chosen[0];
        var problem = fitting.Count == 0
            ? $"{only.Invoker.Description} has {only.Invoker.Parameters.Count} parameter(s) but the step provides {captures.Length + extra} argument(s)."
            : null;
        return new StepMatch(only, captures, [only], problem);
    }
}
