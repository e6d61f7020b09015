using System.Globalization;
using System.Text.RegularExpressions;
using MfaConformance.LoadEngine.Thresholds;

namespace MfaConformance.LoadEngine.Comparison;

/// <summary>
/// A limit on a regression, in the threshold syntax with the word <c>regression</c> before the comparator:
/// <c>p99(step=mfa_password_validate) regression &lt; 10%</c>, <c>p50 regression &lt;= 2ms</c>,
/// <c>fail_rate(scenario=returning_user_login) regression &lt; 0.5%</c>, <c>rps regression &lt; 5%</c>.
/// It fails when a figure it covers is judged a <see cref="Verdict.Regression"/> and the change is not within the limit
/// (a change the test calls noise never fails it). Latency and throughput take % (relative change) or, for latency,
/// ms/s/us (absolute); fail_rate takes % as percentage points. Without a scope it covers every scenario's iterations;
/// <c>step=</c> every step of that name, <c>scenario=</c> that scenario's iterations. A scope that matches no row fails.
/// </summary>
public sealed partial record RegressionLimit(string Expression, Figure Figure, ThresholdScope Scope, string? ScopeName, bool OrEqual, double Limit, bool Relative)
{
    /// <summary>Parses a limit; a bad one throws <see cref="LoadConfigException"/> naming it and what is wrong.</summary>
    public static RegressionLimit Parse(string expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            throw Bad(expression, "it is empty");
        }

        var match = Shape().Match(expression);
        if (!match.Success)
        {
            throw Bad(expression, "expected 'figure[(step=name|scenario=name)] regression < number(%|ms)', e.g. 'p99(step=mfa_password_validate) regression < 10%'");
        }

        var name = match.Groups["metric"].Value;
        var figure = Figures.Parse(name) ?? throw Bad(expression, $"unknown figure '{name}' (known: {string.Join(", ", Figures.All.Select(Figures.Name))})");
        var scope = ThresholdScope.All;
        string? scopeName = null;
        if (match.Groups["scope"].Success)
        {
            scopeName = match.Groups["name"].Value.Trim();
            scope = match.Groups["scope"].Value.ToLowerInvariant() switch
            {
                "step" => ThresholdScope.Step,
                "scenario" => ThresholdScope.Scenario,
                var other => throw Bad(expression, $"unknown scope '{other}' (use step= or scenario=)"),
            };
            if (scopeName.Length == 0)
            {
                throw Bad(expression, "the scope names nothing: write e.g. '(step=token_generate)'");
            }
        }

        var number = double.Parse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        var unit = match.Groups["unit"].Value;
        var (limit, relative) = (figure, unit) switch
        {
            (Figure.ErrorRate, "%") => (number / 100, false),
            (Figure.ErrorRate, _) => throw Bad(expression, "a fail_rate regression is in percentage points: write e.g. 'fail_rate regression < 0.5%'"),
            (_, "%") => (number / 100, true),
            (Figure.Throughput, _) => throw Bad(expression, "an rps regression is relative: write e.g. 'rps regression < 5%'"),
            (_, "ms") => (number, false),
            (_, "s") => (number * 1000, false),
            (_, "us" or "µs") => (number / 1000, false),
            _ => throw Bad(expression, unit.Length == 0 ? "the limit needs a unit: % (relative) or ms" : $"unit '{unit}' does not fit a latency regression (use %, ms, s or us)"),
        };
        return new RegressionLimit(expression.Trim(), figure, scope, scopeName, match.Groups["op"].Value == "<=", limit, relative);
    }

    /// <summary>Several limits in one text (a file or variable value): separated by ';'.</summary>
    public static IReadOnlyList<RegressionLimit> ParseList(IEnumerable<string> texts) =>
        [.. texts.SelectMany(t => t.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(Parse)];

    /// <summary>How far a figure's change goes in this limit's unit (worse is positive), or null when it cannot say.</summary>
    public double? Amount(FigureResult figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Change is not { } change)
        {
            return null;
        }

        return Figure switch
        {
            Figure.Throughput => -change,
            Figure.ErrorRate => change,
            _ when Relative => change,
            _ => figure.Current - figure.Baseline,
        };
    }

    /// <summary>Whether an amount is within the limit.</summary>
    public bool Allows(double amount) => OrEqual ? amount <= Limit + 1e-12 : amount < Limit;

    /// <summary>The limit as the reports show it.</summary>
    public string LimitText => Relative || Figure == Figure.ErrorRate
        ? (Limit * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%"
        : Limit.ToString("0.###", CultureInfo.InvariantCulture) + " ms";

    /// <inheritdoc />
    public override string ToString() => Expression;

    private static LoadConfigException Bad(string? expression, string what) => new($"regression limit \"{expression}\" is not valid: {what}");

    [GeneratedRegex(@"^\s*(?<metric>[A-Za-z_][A-Za-z0-9_.]*)\s*(?:\(\s*(?<scope>[A-Za-z]+)\s*=(?<name>[^)]*)\)\s*)?regression\s*(?<op><=|<)\s*(?<value>[0-9]+(?:\.[0-9]+)?)\s*(?<unit>ms|s|us|µs|%|[A-Za-z]+)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

/// <summary>The verdict of one regression limit: the rows it looked at, the worst amount, and why it failed.</summary>
public sealed record LimitResult(string Expression, bool Passed, string Measured, string? Detail);
