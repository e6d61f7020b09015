using Reqnroll.BoDi;

namespace MfaConformance.Bdd.Tests.Samples.Bindings;

/// <summary>Run- and feature-level hooks of the samples: the run registers a <see cref="RunProbe"/> every binding can receive.</summary>
[Binding]
public sealed class RunHooks
{
    [BeforeTestRun]
    public static void RegisterProbe(IObjectContainer testRun)
    {
        var probe = new RunProbe();
        probe.Events.Enqueue("before-test-run");
        testRun.RegisterInstanceAs(probe);
        testRun.RegisterInstanceAs<Xunit.IHostMarker>(new Xunit.HostMarker("sample host"));
    }

    [BeforeFeature("hooked")]
    public static void BeforeFeature(FeatureContext feature, RunProbe probe) => probe.Events.Enqueue("before-feature:" + feature.FeatureInfo.Title);

    [AfterFeature("hooked")]
    public static void AfterFeature(RunProbe probe) => probe.Events.Enqueue("after-feature");

    [AfterTestRun]
    public static void AfterTestRun(RunProbe probe) => probe.Events.Enqueue("after-test-run");
}
