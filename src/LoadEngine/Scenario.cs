using System.Text.RegularExpressions;

namespace MfaConformance.LoadEngine;

/// <summary>Builds scenarios (NBomber's <c>Scenario</c>).</summary>
public static partial class Scenario
{
    /// <summary>
    /// A scenario whose iteration is <paramref name="run"/>. Inside, call <see cref="Step.Run"/> for each measured
    /// step; the returned <see cref="Response"/> decides whether the iteration counts as ok or failed.
    /// </summary>
    public static ScenarioProps Create(string name, Func<IScenarioContext, Task<Response>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (string.IsNullOrWhiteSpace(name) || !NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"scenario name '{name}' is not valid: use letters, digits, '_', '-', '.' (1..100 characters)", nameof(name));
        }

        return new ScenarioProps(name, run);
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,100}$")]
    private static partial Regex NamePattern();
}
