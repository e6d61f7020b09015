using MfaConformance.Explorer.Execution;
using MfaConformance.Explorer.Model;

namespace MfaConformance.Explorer.Exploration;

/// <summary>
/// A contradiction the exploration found: the program that showed it first (its number in the run and its own seed),
/// the shrunk program, and the three ways it is reported: Gherkin in the suite's glossary, the redacted exchanges with
/// curl replay, and the rule and endpoint for the acceptance page.
/// </summary>
public sealed record ExploredContradiction(int ProgramNumber, string ProgramSeed, int OriginalSteps, ProgramRun Minimal, bool Reproduced, int Replays, string Gherkin, string Exchanges)
{
    public Contradiction Contradiction => Minimal.Contradiction!;

    public string RuleId => Contradiction.RuleId;

    public string Endpoint => Contradiction.Endpoint;

    /// <summary>Calls in the minimal program.</summary>
    public int Calls => Minimal.CallCount;

    /// <summary>Steps in the minimal program (set-up not counted).</summary>
    public int Steps => Minimal.Steps.Count(s => s.Ran);
}
