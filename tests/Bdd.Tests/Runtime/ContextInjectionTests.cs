namespace MfaConformance.Bdd.Tests.Runtime;

public sealed class ContextInjectionTests
{
    private const string Feature = "Feature: Injection\n  Scenario: One\n    Given the target is used\n";

    [Fact]
    public async Task RunScenarioAsync_Services_ScenarioInstanceWinsOverRunInstanceWhichWinsOverNew()
    {
        var runtime = RuntimeFactory.FromText(Feature, null, typeof(InjectionSteps));
        var runTarget = new Target("run");
        runtime.RegisterInstance(runTarget);
        var pickle = runtime.AllPickles.Single();

        await runtime.RunScenarioAsync(pickle);
        await using var execution = runtime.CreateExecution(pickle);
        execution.RegisterInstance(new Target("scenario"));
        await execution.RunStepAsync(0);

        runTarget.UsedBy.ShouldBe(["run"]);
        execution.Resolve<Recorder>().Seen.ShouldBe(["scenario"]);
    }

    [Fact]
    public async Task CompleteAsync_CreatedObjects_AreDisposedIncludingAsyncDisposables()
    {
        var runtime = RuntimeFactory.FromText(Feature, null, typeof(InjectionSteps));
        runtime.RegisterInstance(new Target("run"));
        var execution = runtime.CreateExecution(runtime.AllPickles.Single());
        await execution.RunStepAsync(0);
        var recorder = execution.Resolve<Recorder>();

        await execution.CompleteAsync();

        recorder.Disposed.ShouldBeTrue();
    }

    [Fact]
    public async Task RunScenarioAsync_UnregisteredInterface_FailsNamingTheType()
    {
        var runtime = RuntimeFactory.FromText("Feature: F\n  Scenario: S\n    Given an interface is needed\n", null, typeof(NeedsInterfaceSteps));

        var result = await runtime.RunScenarioAsync(runtime.AllPickles.Single());

        result.Outcome.ShouldBe(TestOutcome.Failed);
        result.ErrorMessage.ShouldNotBeNull().ShouldContain("Cannot provide a IClock");
    }

    [Fact]
    public async Task RunScenarioAsync_CircularConstructors_FailsNamingTheCycle()
    {
        var runtime = RuntimeFactory.FromText("Feature: F\n  Scenario: S\n    Given a cycle\n", null, typeof(CycleSteps));

        var result = await runtime.RunScenarioAsync(runtime.AllPickles.Single());

        result.ErrorMessage.ShouldNotBeNull().ShouldContain("Circular constructor dependency");
    }

    public sealed record Target(string Name)
    {
        public List<string> UsedBy { get; } = [];
    }

    public sealed class Recorder : IAsyncDisposable
    {
        public List<string> Seen { get; } = [];

        public bool Disposed { get; private set; }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }

    public sealed class InjectionSteps(Target target, Recorder recorder)
    {
        [Given("the target is used")]
        public void GivenTheTargetIsUsed()
        {
            target.UsedBy.Add(target.Name);
            recorder.Seen.Add(target.Name);
        }
    }

    public interface IClock;

    public sealed class NeedsInterfaceSteps(IClock clock)
    {
        [Given("an interface is needed")]
        public void Given() => clock.ShouldNotBeNull();
    }

    public sealed class CycleA(CycleB b)
    {
        public CycleB B { get; } = b;
    }

    public sealed class CycleB(CycleA a)
    {
        public CycleA A { get; } = a;
    }

    public sealed class CycleSteps(CycleA a)
    {
        [Given("a cycle")]
        public void Given() => a.ShouldNotBeNull();
    }
}
