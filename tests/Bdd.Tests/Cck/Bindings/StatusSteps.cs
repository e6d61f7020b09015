using Reqnroll.UnitTestProvider;

namespace MfaConformance.Bdd.Tests.Cck.Bindings;

/// <summary>The pending, skipped and undefined samples: steps that signal a status at run time, the Reqnroll way.</summary>
[Binding]
public sealed class StatusSteps(IUnitTestRuntimeProvider runtime)
{
    [Given("an implemented non-pending step")]
    public void GivenNonPending()
    {
    }

    [Given("an implemented step that is skipped")]
    public void GivenImplementedSkipped()
    {
    }

    [Given("an unimplemented pending step")]
    public void GivenPending() => throw new PendingStepException();

    [Given("a step that does not skip")]
    public void GivenDoesNotSkip()
    {
    }

    [Given("a step that is skipped")]
    public void GivenIsSkipped()
    {
    }

    [Given("I skip a step")]
    public void GivenISkip() => runtime.TestIgnore("skipped");

    [Given("an implemented step")]
    public void GivenImplemented()
    {
    }

    [Given("a step that will be skipped")]
    public void GivenWillBeSkipped()
    {
    }
}
