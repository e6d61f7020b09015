namespace MfaConformance.Cli.Accept;

/// <summary>The production stages of `accept`: the suite as `verify` runs it and the load scenarios as `load` runs them.</summary>
internal static class AcceptStages
{
    public static IConformanceStage Conformance() => new VerifyConformanceStage();

    public static ILoadStage Load(bool skip) => skip ? new SkippedLoadStage("skipped with --skip-load") : new FlowsLoadStage();
}
