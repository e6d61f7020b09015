namespace MfaConformance.Bdd.Tests.Samples.Bindings;

[Binding]
public sealed class HookSteps(RunProbe probe)
{
    [BeforeScenario("hooked", Order = 20)]
    public void BeforeSecond() => probe.Events.Enqueue("before-scenario-20");

    [BeforeScenario("hooked", Order = 10)]
    public void BeforeFirst() => probe.Events.Enqueue("before-scenario-10");

    [BeforeScenario("tagged")]
    public void BeforeTaggedOnly() => probe.Events.Enqueue("before-tagged");

    [BeforeStep("hooked")]
    public void BeforeStep(ScenarioContext scenario) => probe.Events.Enqueue("before-step:" + scenario.StepContext.StepInfo.Text);

    [AfterStep("hooked")]
    public void AfterStep() => probe.Events.Enqueue("after-step");

    [AfterScenario("hooked")]
    public void AfterScenario(ScenarioContext scenario) => probe.Events.Enqueue("after-scenario:" + scenario.ScenarioExecutionStatus);

    [Given("a step that records itself")]
    public void GivenAStepThatRecordsItself() => probe.Events.Enqueue("step");

    [Given("a step that throws")]
    public void GivenAStepThatThrows() => throw new InvalidOperationException("boom");
}
