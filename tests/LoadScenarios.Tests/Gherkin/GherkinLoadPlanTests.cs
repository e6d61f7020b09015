using MfaConformance.Bdd;

namespace MfaConformance.LoadScenarios.Tests.Gherkin;

public sealed class GherkinLoadPlanTests
{
    private static GherkinPickle Pickle(string name)
    {
        var options = BddConfiguration.Load();
        options.BindingAssemblies.Clear();
        return BddRuntime.Create(options).FindPickles(name).ShouldHaveSingleItem();
    }

    [Fact]
    public void For_ReturningUserPickle_GivensAreSetUpWhensActionsAndCallThensChecks()
    {
        var plan = GherkinLoadPlan.For(Pickle("A returning customer completes MFA with their password"));

        plan.Roles.ShouldBe([
            GherkinStepRole.SetUp, GherkinStepRole.SetUp, GherkinStepRole.SetUp,
            GherkinStepRole.Action, GherkinStepRole.Check, GherkinStepRole.Check,
            GherkinStepRole.Action, GherkinStepRole.Check, GherkinStepRole.Check]);
        plan.MeasuredSteps.ShouldBe([LoadStepNames.MfaTokenGenerate, LoadStepNames.MfaPasswordValidate]);
    }

    [Fact]
    public void For_ChangePasswordPickle_LoginChecksAfterTheCallAreVerifications()
    {
        var plan = GherkinLoadPlan.For(Pickle("A customer changes the MFA password; the new one works and the old one fails"));

        plan.MeasuredSteps.ShouldBe([LoadStepNames.MfaPasswordChange]);
        plan.Roles[^1].ShouldBe(GherkinStepRole.Verification);
        plan.Roles[^2].ShouldBe(GherkinStepRole.Verification);
        plan.Roles[^3].ShouldBe(GherkinStepRole.Check);
    }
}
