using MfaConformance.Cli.Conformance;

namespace MfaConformance.Cli.Accept;

/// <summary>The suite an acceptance ran (accept.json "suite"): where its features came from, their hash, and the scenarios selected and run.</summary>
/// <param name="Source">The features folder, absolute.</param>
/// <param name="ContentHash">"sha256:" and the first 16 hex digits of the hash of the .feature files ("contentHash": a key named "hash" is masked as a secret).</param>
/// <param name="FeatureFiles">How many .feature files.</param>
/// <param name="Shipped">True for the suite the tool ships with, false for one given by suite.features.</param>
/// <param name="Selected">Scenarios the selection (--tags) held.</param>
/// <param name="Ran">Scenarios that ran (passed or failed; not those reported not run).</param>
internal sealed record SuiteSummary(string Source, string ContentHash, int FeatureFiles, bool Shipped, int Selected, int Ran)
{
    public static SuiteSummary? From(SuitePlan? plan, LevelSummary? summary) => plan is null
        ? null
        : new SuiteSummary(plan.Source.Folder, plan.Source.Hash, plan.Source.FeatureFiles, plan.Source.Shipped, plan.Selected, summary?.Ran ?? 0);

    /// <summary>One line for the page: "/repo/features (17 feature files, sha256:...): 329 scenarios selected, 320 ran".</summary>
    public string Description =>
        $"{(Shipped ? "the tool's suite" : "the suite of suite.features")} {Source} ({FeatureFiles} feature files, {ContentHash}): {Selected} scenarios selected, {Ran} ran";
}
