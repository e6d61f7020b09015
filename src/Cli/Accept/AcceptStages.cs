using MfaConformance.Cli.Conformance;

namespace MfaConformance.Cli.Accept;

/// <summary>The production stages of `accept`: the suite as `verify` runs it and the load scenarios as `load` runs them.</summary>
internal static class AcceptStages
{
    public static IConformanceStage Conformance(VerifyRunOptions options) => new VerifyConformanceStage(options);

    public static IExploreStage Explore(bool skip, Explorer.Exploration.ExploreOptions options, TextWriter? output = null) =>
        skip ? new SkippedExploreStage("skipped with --skip-explore") : new ExplorerStage(options, output);

    public static ISecurityStage Security(bool skip, Security.SecurityOptions options) =>
        skip ? SecurityStage.Skipped("skipped with --skip-security") : new SecurityStage(options);

    public static ILoadStage Load(bool skip, TextWriter? output = null, LoadEngine.Cluster.ClusterOptions? cluster = null, LoadEngine.Telemetry.LoadMetrics? metrics = null) =>
        skip ? new SkippedLoadStage("skipped with --skip-load") : new FlowsLoadStage(output, cluster, metrics);
}
