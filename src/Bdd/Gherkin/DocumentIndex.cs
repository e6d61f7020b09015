using Io.Cucumber.Messages.Types;

namespace MfaConformance.Bdd.Gherkin;

/// <summary>The nodes of a Gherkin document message by id: scenarios, steps, example rows (with their header) and rules.</summary>
internal sealed class DocumentIndex
{
    public Dictionary<string, Scenario> Scenarios { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Step> Steps { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (TableRow Row, TableRow Header)> Rows { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Rule> RuleOf { get; } = new(StringComparer.Ordinal);

    public static DocumentIndex Build(Feature feature)
    {
        var index = new DocumentIndex();
        foreach (var child in feature.Children)
        {
            index.Add(child.Background, child.Scenario, null);
            if (child.Rule is { } rule)
            {
                foreach (var ruleChild in rule.Children)
                {
                    index.Add(ruleChild.Background, ruleChild.Scenario, rule);
                }
            }
        }

        return index;
    }

    private void Add(Background? background, Scenario? scenario, Rule? rule)
    {
        foreach (var step in background?.Steps ?? [])
        {
            Steps[step.Id] = step;
        }

        if (scenario is null)
        {
            return;
        }

        Scenarios[scenario.Id] = scenario;
        if (rule is not null)
        {
            RuleOf[scenario.Id] = rule;
        }

        foreach (var step in scenario.Steps)
        {
            Steps[step.Id] = step;
        }

        foreach (var examples in scenario.Examples)
        {
            foreach (var row in examples.TableBody)
            {
                Rows[row.Id] = (row, examples.TableHeader);
            }
        }
    }
}
