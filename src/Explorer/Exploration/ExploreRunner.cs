using System.Diagnostics;
using System.Globalization;
using CsCheck;
using MfaConformance.Explorer.Execution;
using MfaConformance.Explorer.Generation;
using MfaConformance.Explorer.Model;
using MfaConformance.Explorer.Printing;
using MfaConformance.Explorer.Shrinking;
using MfaConformance.StepDefinitions;

using MfaConformance.StepDefinitions.Target;
namespace MfaConformance.Explorer.Exploration;

/// <summary>
/// Runs generated programs against a target one after another (the clock hook moves the whole target's clock) from one
/// seed: program i is generated from the i-th draw of the run's PCG stream, so the run replays from its seed and each
/// program from its own. A contradiction of a must is shrunk and printed three ways; later programs that show the same
/// rule on the same endpoint are counted, not shrunk again.
/// </summary>
public sealed class ExploreRunner(ConformanceTarget target)
{
    /// <summary>What the explorer needs from a target: brand configuration, fresh customers, OTPs and the clock, through the sandbox hooks.</summary>
    public const TargetCapabilities Needs = TargetCapabilities.All;

    public async Task<ExploreResult> RunAsync(ExploreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var seed = NormalizeSeed(options.Seed);
        if (!target.Has(Needs))
        {
            var missing = Enum.GetValues<TargetCapabilities>().Where(c => c is not TargetCapabilities.None and not TargetCapabilities.All && !target.Has(c)).ToList();
            return new ExploreResult(seed) { NotRunReason = string.Join("; ", missing.Select(target.MissingReason).Distinct()) };
        }

        var runner = new ProgramRunner(target);
        var shrinker = new Shrinker(runner, options.ShrinkOptions);
        var stream = PCG.Parse(seed);
        var clock = Stopwatch.StartNew();
        var found = new List<ExploredContradiction>();
        var seen = new HashSet<(string, string)>();
        var musts = new Dictionary<(string Rule, string Endpoint), int>();
        int programs = 0, calls = 0, mustCount = 0, eithers = 0, setUpFailures = 0, stopped = 0, contradicting = 0;
        while (programs < options.Programs && clock.Elapsed < options.Time)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var programSeed = new PCG(stream.Stream, stream.Next64());
            var program = ProgramGen.Instance.Generate(programSeed, null, out _);
            var run = await runner.RunAsync(program, cancellationToken).ConfigureAwait(false);
            programs++;
            calls += run.CallCount;
            setUpFailures += run.SetUpFailed ? 1 : 0;
            stopped += run.Stopped is not null && !run.SetUpFailed ? 1 : 0;
            foreach (var call in run.Steps.SelectMany(s => s.Calls))
            {
                if (call.Prediction.RuleId is { } rule && call.Prediction.IsMust)
                {
                    mustCount++;
                    var key = (rule, call.Exchange.Exchange.CallName);
                    musts[key] = musts.GetValueOrDefault(key) + 1;
                }
                else
                {
                    eithers++;
                }

                foreach (var checkedRule in call.AlsoChecked)
                {
                    var checkedKey = (checkedRule, call.Exchange.Exchange.CallName);
                    musts[checkedKey] = musts.GetValueOrDefault(checkedKey) + 1;
                }
            }

            if (run.Contradiction is { } contradiction)
            {
                contradicting++;
                if (seen.Add((contradiction.RuleId, contradiction.Endpoint)) && found.Count < options.MaxContradictions)
                {
                    found.Add(await ReportAsync(programs, run, shrinker, options.Shrink, cancellationToken).ConfigureAwait(false));
                }

                if (options.StopAtFirst)
                {
                    break;
                }
            }

            options.Progress?.Invoke(new ExploreProgress(programs, calls, contradicting, clock.Elapsed));
        }

        return new ExploreResult(seed)
        {
            Programs = programs,
            Calls = calls,
            Musts = mustCount,
            Eithers = eithers,
            SetUpFailures = setUpFailures,
            Stopped = stopped,
            Elapsed = clock.Elapsed,
            MustsChecked = musts,
            Contradictions = found,
            ContradictingPrograms = contradicting,
        };
    }

    /// <summary>Runs the single program <paramref name="programSeed"/> (as printed with a contradiction) and reports it unshrunk.</summary>
    public async Task<ProgramRun> ReplayAsync(string programSeed, CancellationToken cancellationToken = default) =>
        await new ProgramRunner(target).RunAsync(ProgramGen.FromSeed(programSeed), cancellationToken).ConfigureAwait(false);

    /// <summary>The seed as given (a CsCheck PCG seed, or a number), or a new one; always in the form the run prints.</summary>
    public static string NormalizeSeed(string? seed)
    {
        if (string.IsNullOrWhiteSpace(seed))
        {
            return PCG.ThreadPCG.ToString();
        }

        var text = seed.Trim();
        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return new PCG(1, number).ToString();
        }

        try
        {
            return PCG.Parse(text).ToString();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or IndexOutOfRangeException or OverflowException or CsCheckException)
        {
            throw new ArgumentException($"'{seed}' is not a seed: give a number or a seed printed by an earlier run (e.g. 0000geasWjI1)", nameof(seed), ex);
        }
    }

    private static async Task<ExploredContradiction> ReportAsync(int number, ProgramRun run, Shrinker shrinker, bool shrink, CancellationToken cancellationToken)
    {
        var original = run.Steps.Count(s => s.Ran && s.Index <= run.ContradictionStep);
        var shrunk = shrink ? await shrinker.ShrinkAsync(run, cancellationToken).ConfigureAwait(false) : new ShrinkResult(run, false, 0);
        var minimal = shrunk.Run;
        var contradiction = minimal.Contradiction!;
        var title = $"{RuleTitle(contradiction.RuleId)} on {contradiction.Endpoint} (explored, program {number.ToString(CultureInfo.InvariantCulture)})";
        return new ExploredContradiction(number, run.Program.Seed, original, minimal, shrunk.Reproduced, shrunk.Replays,
            GherkinPrinter.Scenario(minimal, title), ExchangePrinter.Print(minimal));
    }

    private static string RuleTitle(string ruleId) =>
        StepDefinitions.Rules.RuleCatalog.Find(ruleId)?.Title ?? (ruleId == RuleIds.Flow ? "Documented flow" : ruleId);
}
