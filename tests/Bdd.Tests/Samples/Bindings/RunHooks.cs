namespace MfaConformance.Bdd.Tests.Samples.Bindings;

/// <summary>Run- and feature-level hooks; deliberately not [Binding] so only tests that name this type use it.</summary>
public static class RunHooks
{
    [BeforeTestRun]
    public static void RegisterProbe(TestRunContext context)
    {
        if (!context.IsRegistered<RunProbe>())
        {
            context.RegisterInstance(new RunProbe());
        }

        context.Get<RunProbe>().Events.Enqueue("before-test-run");
    }

    [BeforeFeature("hooked")]
    public static void BeforeFeature(FeatureContext feature, RunProbe probe) => probe.Events.Enqueue("before-feature:" + feature.FeatureInfo.Title);

    [AfterFeature]
    public static void AfterFeature(RunProbe probe) => probe.Events.Enqueue("after-feature");

    [AfterTestRun]
    public static void AfterTestRun(RunProbe probe) => probe.Events.Enqueue("after-test-run");
}
