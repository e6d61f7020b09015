using System.Globalization;
using System.Text;
using MfaConformance.StepDefinitions.Actions;

using MfaConformance.StepDefinitions.Suite;
namespace MfaConformance.StepDefinitions.Rules;

/// <summary>
/// The rule × endpoint matrix of the suite (docs/rules.md): every rule of <see cref="RuleCatalog"/> against every
/// endpoint of <see cref="ApiActions"/>, each cell naming the @documented pickles that enforce the rule there
/// (tag <c>@rule:&lt;id&gt;</c>, endpoint from <see cref="CheckedAction"/>) or why it does not apply.
/// </summary>
public sealed class RuleMatrix
{
    private readonly Dictionary<(string Rule, string Endpoint), RuleCell> _cells;

    private RuleMatrix(Dictionary<(string, string), RuleCell> cells, IReadOnlyList<string> problems)
    {
        _cells = cells;
        Problems = problems;
    }

    /// <summary>What makes the matrix untrue: unknown rule tags, steps no step definition matches, pickles whose endpoint cannot be told, @documented pickles in a cell where the rule does not apply, and applicable cells no @documented pickle fills.</summary>
    public IReadOnlyList<string> Problems { get; }

    public IEnumerable<RuleCell> Cells => RuleCatalog.All.SelectMany(r => ApiActions.All.Select(e => _cells[(r.Id, e.Id)]));

    public RuleCell Cell(string rule, string endpoint) => _cells[(rule, endpoint)];

    public static RuleMatrix Build(IEnumerable<SuitePickle> pickles)
    {
        ArgumentNullException.ThrowIfNull(pickles);
        var documented = new Dictionary<(string, string), List<string>>();
        var companions = new Dictionary<(string, string), List<string>>();
        var problems = new List<string>();
        foreach (var pickle in pickles)
        {
            var rules = pickle.Rules;
            if (rules.Count == 0)
            {
                continue;
            }

            foreach (var unknown in rules.Where(r => RuleCatalog.Find(r) is null))
            {
                problems.Add($"'{pickle.Name}' names the rule '{unknown}', which docs/rules.md does not know (RuleCatalog).");
            }

            foreach (var unbound in pickle.Steps.Where(s => s.Binding is null))
            {
                problems.Add($"'{pickle.Name}': no step definition matches '{unbound.Text}', so what it does cannot be told.");
            }

            var endpoint = CheckedAction.Of(pickle.Steps)?.Id;
            if (endpoint is null)
            {
                problems.Add($"'{pickle.Name}' has a rule tag but no check of an API action, so its endpoint cannot be told.");
                continue;
            }

            var isDocumented = pickle.Level == AssertionLevel.Documented;
            foreach (var rule in rules.Select(RuleCatalog.Find).OfType<DocumentedRule>())
            {
                if (isDocumented && !rule.Applies(endpoint))
                {
                    problems.Add($"'{pickle.Name}' enforces '{rule.Id}' on {endpoint}, where the matrix says it does not apply ({rule.ReasonNotApplicable(endpoint)}).");
                }

                var into = isDocumented ? documented : companions;
                (into.TryGetValue((rule.Id, endpoint), out var list) ? list : into[(rule.Id, endpoint)] = []).Add(pickle.Name);
            }
        }

        var cells = new Dictionary<(string, string), RuleCell>();
        foreach (var rule in RuleCatalog.All)
        {
            foreach (var endpoint in ApiActions.All)
            {
                var key = (rule.Id, endpoint.Id);
                var cell = new RuleCell(rule, endpoint, documented.GetValueOrDefault(key) ?? [], companions.GetValueOrDefault(key) ?? []);
                cells[key] = cell;
                if (cell.NotApplicable is null && cell.Documented.Count == 0)
                {
                    problems.Add($"No @documented scenario enforces '{rule.Id}' on {endpoint.Id} (tag one with {RuleTag.For(rule.Id)}, or give the reason it does not apply in RuleCatalog).");
                }
            }
        }

        return new RuleMatrix(cells, problems);
    }

    /// <summary>The overview grid: one row per rule, one column per endpoint, the number of @documented pickles or n/a.</summary>
    public string OverviewMarkdown()
    {
        var text = new StringBuilder();
        text.Append("| rule |");
        foreach (var endpoint in ApiActions.All)
        {
            text.Append(CultureInfo.InvariantCulture, $" {endpoint.Spec} |");
        }

        text.AppendLine();
        text.Append("|---|").Append(string.Concat(Enumerable.Repeat(":-:|", ApiActions.All.Count))).AppendLine();
        foreach (var rule in RuleCatalog.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"| [{rule.Title}](docs/rules.md#{rule.Id}) |");
            foreach (var endpoint in ApiActions.All)
            {
                var cell = Cell(rule.Id, endpoint.Id);
                text.Append(cell.NotApplicable is null ? string.Create(CultureInfo.InvariantCulture, $" {cell.Documented.Count} |") : " n/a |");
            }

            text.AppendLine();
        }

        text.AppendLine();
        text.AppendLine("Columns: " + string.Join("; ", ApiActions.All.Select(e => $"{e.Spec} `{e.Id}`")) + ".");
        return text.ToString();
    }

    /// <summary>docs/rules.md: the overview, then per rule its statement and one row per endpoint.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# Rules × endpoints");
        text.AppendLine();
        text.AppendLine("Every documented rule of the spec that the suite enforces, against every endpoint of the MFA flow. Each cell names the");
        text.AppendLine("`@documented` scenarios that enforce the rule on that endpoint (a refusal is asserted together with \"nothing changed\"),");
        text.AppendLine("their `@inferred` and `@hardening` companions (our mapped error codes, advice), or says why the rule does not apply there.");
        text.AppendLine("A scenario names its rule with the tag `@rule:<id>`; its endpoint is the one whose answer it checks. Generated from");
        text.AppendLine("`features/` by `dotnet run --project src/Cli -- rules --write docs/rules.md`; a test fails when this file is stale or a");
        text.AppendLine("cell is empty.");
        text.AppendLine();
        text.Append(OverviewMarkdown().Replace("(docs/rules.md#", "(#", StringComparison.Ordinal));
        foreach (var rule in RuleCatalog.All)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {rule.Title} <a id=\"{rule.Id}\"></a>");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"`@rule:{rule.Id}`: {rule.Statement} ({rule.Citation})");
            text.AppendLine();
            text.AppendLine("| endpoint | @documented | companions (@inferred, @hardening) |");
            text.AppendLine("|---|---|---|");
            foreach (var endpoint in ApiActions.All)
            {
                var cell = Cell(rule.Id, endpoint.Id);
                var enforced = cell.NotApplicable is { } reason ? $"n/a: {reason}" : string.Join("<br>", cell.Documented.Select(Escape));
                text.AppendLine(CultureInfo.InvariantCulture, $"| `{endpoint.Id}` ({endpoint.Spec}) | {enforced} | {string.Join("<br>", cell.Companions.Select(Escape))} |");
            }
        }

        return text.ToString();
    }

    private static string Escape(string name) => name.Replace("|", "\\|", StringComparison.Ordinal);
}
