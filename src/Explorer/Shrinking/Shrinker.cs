using MfaConformance.Explorer.Execution;
using MfaConformance.Explorer.Programs;

namespace MfaConformance.Explorer.Shrinking;

/// <summary>
/// Shrinks a program that contradicted the model to a shortest one that still contradicts the same rule on the same
/// endpoint, by replaying candidates against the target: first the steps that ran up to the contradiction, then delta
/// debugging over steps (an action with its modifiers as one unit, then single steps), then the set-up (the other
/// customer, the second brand, each configuration key), and last a pass that removes one step or one repetition at a
/// time until none can go: the result is 1-minimal, no single call or clock move can be removed. CsCheck's own shrinking
/// re-samples programs by size; against a live target each sample costs its HTTP calls and may not reach 1-minimality, so
/// the program's own structure is shrunk instead.
/// </summary>
public sealed class Shrinker(ProgramRunner runner, ShrinkOptions? options = null)
{
    private readonly ShrinkOptions _options = options ?? new ShrinkOptions();
    private int _replays;

    public async Task<ShrinkResult> ShrinkAsync(ProgramRun failing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(failing);
        var contradiction = failing.Contradiction ?? throw new ArgumentException("the run has no contradiction to shrink", nameof(failing));
        var deadline = DateTime.UtcNow + _options.Budget;
        _replays = 0;
        var best = failing;
        var steps = failing.Steps.Where(s => s.Ran && s.Index <= failing.ContradictionStep).Select(s => s.Step).ToList();
        var candidate = await TryAsync(failing.Program.WithSteps(steps)).ConfigureAwait(false);
        if (candidate is null)
        {
            // the contradiction did not show again on the program as it ran: report it as found, unshrunk
            return new ShrinkResult(failing, Reproduced: false, _replays);
        }

        best = candidate;

        // delta debugging over units (an action and its modifiers), then over single steps
        best = await DeltaAsync(best, groups: true).ConfigureAwait(false);
        best = await DeltaAsync(best, groups: false).ConfigureAwait(false);
        best = await SetUpAsync(best).ConfigureAwait(false);
        best = await OneMinimalAsync(best).ConfigureAwait(false);
        return new ShrinkResult(best, Reproduced: true, _replays);

        bool Same(ProgramRun run) => run.Contradiction is { } c && c.RuleId == contradiction.RuleId && c.Endpoint == contradiction.Endpoint;

        async Task<ProgramRun?> TryAsync(ExplorerProgram program)
        {
            if (_replays >= _options.MaxReplays || DateTime.UtcNow > deadline)
            {
                return null;
            }

            cancellationToken.ThrowIfCancellationRequested();
            _replays++;
            var run = await runner.RunAsync(program, cancellationToken).ConfigureAwait(false);
            if (!Same(run))
            {
                return null;
            }

            // keep only what ran up to the contradiction
            var kept = run.Steps.Where(s => s.Ran && s.Index <= run.ContradictionStep).Select(s => s.Step).ToList();
            return kept.Count == program.Steps.Count ? run : (await RerunAsync(program.WithSteps(kept)).ConfigureAwait(false)) ?? run;
        }

        async Task<ProgramRun?> RerunAsync(ExplorerProgram program)
        {
            if (_replays >= _options.MaxReplays || DateTime.UtcNow > deadline)
            {
                return null;
            }

            _replays++;
            var run = await runner.RunAsync(program, cancellationToken).ConfigureAwait(false);
            return Same(run) ? run : null;
        }

        async Task<ProgramRun> DeltaAsync(ProgramRun current, bool groups)
        {
            var units = Units(current.Program.Steps, groups);
            var granularity = 2;
            while (units.Count > 1)
            {
                var chunk = Math.Max(1, (int)Math.Ceiling(units.Count / (double)granularity));
                var reduced = false;
                for (var start = 0; start < units.Count - 1; start += chunk)
                {
                    // the last unit holds the contradicting action: it always stays
                    var removed = units.Skip(start).Take(Math.Min(chunk, units.Count - 1 - start)).ToList();
                    var kept = units.Except(removed).SelectMany(u => u).ToList();
                    if (await TryAsync(current.Program.WithSteps(kept)).ConfigureAwait(false) is { } smaller)
                    {
                        current = smaller;
                        units = Units(current.Program.Steps, groups);
                        granularity = Math.Max(granularity - 1, 2);
                        reduced = true;
                        break;
                    }
                }

                if (!reduced)
                {
                    if (chunk == 1)
                    {
                        break;
                    }

                    granularity = Math.Min(granularity * 2, units.Count);
                }
            }

            return current;
        }

        async Task<ProgramRun> SetUpAsync(ProgramRun current)
        {
            var setup = current.Program.Setup;
            if (setup.OtherCustomer && await TryAsync(current.Program with { Setup = setup with { OtherCustomer = false } }).ConfigureAwait(false) is { } noOther)
            {
                current = noOther;
            }

            setup = current.Program.Setup;
            if (setup.SecondBrand && await TryAsync(current.Program with { Setup = setup with { SecondBrand = false } }).ConfigureAwait(false) is { } noSecond)
            {
                current = noSecond;
            }

            foreach (var key in current.Program.Setup.Configuration.Select(p => p.Key).ToList())
            {
                if (key is Model.ConfigKeys.MfaPasswordEnabled or Model.ConfigKeys.PasswordRegex)
                {
                    continue;
                }

                var configuration = current.Program.Setup.Configuration.DeepClone().AsObject();
                configuration.Remove(key);
                if (await TryAsync(current.Program with { Setup = current.Program.Setup.WithConfiguration(configuration) }).ConfigureAwait(false) is { } fewer)
                {
                    current = fewer;
                }
            }

            return current;
        }

        async Task<ProgramRun> OneMinimalAsync(ProgramRun current)
        {
            var changed = true;
            while (changed)
            {
                changed = false;
                var steps = current.Program.Steps;
                for (var i = steps.Count - 2; i >= 0 && !changed; i--)
                {
                    var without = steps.Where((_, j) => j != i).ToList();
                    if (await TryAsync(current.Program.WithSteps(without)).ConfigureAwait(false) is { } smaller)
                    {
                        current = smaller;
                        changed = true;
                    }
                }

                for (var i = 0; i < steps.Count && !changed; i++)
                {
                    if (steps[i].Times > 1)
                    {
                        var fewer = steps.Select((s, j) => j == i ? s with { Times = s.Times - 1 } : s).ToList();
                        if (await TryAsync(current.Program.WithSteps(fewer)).ConfigureAwait(false) is { } smaller)
                        {
                            current = smaller;
                            changed = true;
                        }
                    }
                }
            }

            return current;
        }
    }

    /// <summary>Units of removal: each action with the modifiers before it (or every step alone).</summary>
    private static List<List<ProgramStep>> Units(IReadOnlyList<ProgramStep> steps, bool groups)
    {
        var units = new List<List<ProgramStep>>();
        var pending = new List<ProgramStep>();
        foreach (var step in steps)
        {
            pending.Add(step);
            if (!groups || !step.IsModifier)
            {
                units.Add(pending);
                pending = [];
            }
        }

        if (pending.Count > 0)
        {
            units.Add(pending);
        }

        return units;
    }
}
