using MfaConformance.Bdd.Configuration;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Tests.Shared;
namespace MfaConformance.Bdd.Tests.Cck;

/// <summary>
/// The Cucumber Compatibility Kit (npm @cucumber/compatibility-kit 30.0.0) as a test of the integration: each sample
/// feature runs on Reqnroll through our runner with the C# bindings of Cck/Bindings, and the Cucumber messages
/// Reqnroll writes must be the kit's in kind, order and status (ids, timestamps, durations, uris and implementation
/// details aside). What cannot match because of Reqnroll itself is listed with the reason, and the test checks each
/// difference is still there, so the list stays true: <see cref="HeldBackFinish"/> (the place of a failed test case's
/// testCaseFinished) and <see cref="BindingEnvelopes"/>.
/// </summary>
public sealed class CompatibilityKitTests
{
    /// <summary>Where Reqnroll writes the testCaseFinished of a failed scenario, and why.</summary>
    public const string HeldBackFinish =
        "Reqnroll writes the testCaseFinished of a scenario that failed at the end of the run (not after its last step), because the test framework might retry it (willBeRetried); the comparison moves it back";

    /// <summary>Why Reqnroll writes more binding envelopes than the kit.</summary>
    public const string BindingEnvelopes =
        "Reqnroll writes a stepDefinition, hook and parameterType envelope for every binding of the test assembly (all samples' bindings), the kit only the sample's";

    public static TheoryData<string> Samples =>
    [
        "minimal", "backgrounds", "data-tables", "doc-strings", "examples-tables", "hooks", "hooks-conditional",
        "parameter-types", "rules", "pending", "skipped", "undefined", "ambiguous",
    ];

    [CucumberToolsTheory]
    [MemberData(nameof(Samples))]
    public async Task Sample_RunOnReqnroll_EmitsTheKitsEnvelopesInKindOrderAndStatus(string sample)
    {
        CucumberTools.MissingReason.ShouldBeNull();
        var folder = Path.Combine(CucumberTools.KitFeatures, sample);
        var output = Directory.CreateTempSubdirectory("cck-").FullName;
        var options = BddConfiguration.Parse("""{ "runtime": { "missingOrPendingStepsOutcome": "Pending" }, "formatters": { "message": { "outputFilePath": "messages.ndjson" } } }""", folder);
        options.FeaturePaths.Clear();
        options.FeaturePaths.Add($"{sample}.feature");
        options.OutputFolder = output;
        options.MaxParallelism = 1;
        options.TestAssembly = typeof(CompatibilityKitTests).Assembly;

        await BddRun.RunAsync(options);

        var expected = EnvelopeShape.Read(Path.Combine(folder, $"{sample}.ndjson"));
        var actual = EnvelopeShape.Read(Path.Combine(output, "messages.ndjson"));
        actual.Sequence.ShouldBe(expected.Sequence, $"{sample}: Reqnroll's messages against the kit's");
        expected.HeldBackFinishes.ShouldBeEmpty();
        foreach (var (testCase, failed) in actual.HeldBackFinishes)
        {
            failed.ShouldBeTrue($"{sample}: {HeldBackFinish} — but {testCase} did not fail");
        }

        expected.KindsApart.Distinct().ShouldAllBe(k => actual.KindsApart.Contains(k), $"{sample}: the other kinds of envelope ({BindingEnvelopes})");
    }
}
