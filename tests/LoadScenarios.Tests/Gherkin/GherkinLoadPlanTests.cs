using MfaConformance.Bdd;
using MfaConformance.Bdd.Gherkin;
using MfaConformance.Bdd.Runtime;
using MfaConformance.LoadScenarios.Gherkin;
using MfaConformance.LoadScenarios.Tests.Support;
namespace MfaConformance.LoadScenarios.Tests.Gherkin;

public sealed class GherkinLoadPlanTests
{
    private static async Task<(BddRun Run, GherkinPickle Pickle)> StartAsync(string name)
    {
        var run = SuiteRuntime.Create();
        await run.StartAsync();
        return (run, run.FindPickles(name).ShouldHaveSingleItem());
    }

    [Fact]
    public async Task For_ReturningUserPickle_GivensAreSetUpWhensActionsAndCallThensChecks()
    {
        var (run, pickle) = await StartAsync("A returning customer completes MFA with their password");
        await using var _ = run;

        var plan = GherkinLoadPlan.For(pickle, run);

        plan.Roles.ShouldBe([
            GherkinStepRole.SetUp, GherkinStepRole.SetUp, GherkinStepRole.SetUp,
            GherkinStepRole.Action, GherkinStepRole.Check, GherkinStepRole.Check,
            GherkinStepRole.Action, GherkinStepRole.Check, GherkinStepRole.Check]);
        plan.MeasuredSteps.ShouldBe(["mfa_token_generate", "mfa_password_validate"]);
        plan.Bindings.ShouldAllBe(b => b != null);
    }

    [Fact]
    public async Task For_ChangePasswordPickle_LoginChecksAfterTheCallAreVerifications()
    {
        var (run, pickle) = await StartAsync("A customer changes the MFA password; the new one works and the old one fails");
        await using var _ = run;

        var plan = GherkinLoadPlan.For(pickle, run);

        plan.MeasuredSteps.ShouldBe(["mfa_password_change"]);
        plan.Roles[^1].ShouldBe(GherkinStepRole.Verification);
        plan.Roles[^2].ShouldBe(GherkinStepRole.Verification);
        plan.Roles[^3].ShouldBe(GherkinStepRole.Check);
    }

    [Fact]
    public async Task For_EveryWhenStepOfTheFeatures_IsAnActionExactlyWhenItsBindingMakesAnApiCall()
    {
        await using var run = SuiteRuntime.Create();
        await run.StartAsync();

        foreach (var pickle in run.AllPickles)
        {
            var plan = GherkinLoadPlan.For(pickle, run);
            for (var i = 0; i < pickle.Steps.Count; i++)
            {
                plan.Bindings[i].ShouldNotBeNull($"{pickle.DisplayName}: '{pickle.Steps[i].Text}' has no step definition");
                var type = plan.Bindings[i]!.DeclaringType;
                var isModifierOrClock = type == typeof(MfaConformance.StepDefinitions.Steps.RequestSteps) || type == typeof(MfaConformance.StepDefinitions.Steps.ClockSteps) || type == typeof(MfaConformance.StepDefinitions.Steps.BrandSteps);
                if (pickle.Steps[i].BindingType == Reqnroll.Bindings.StepDefinitionType.When)
                {
                    (plan.Roles[i] == GherkinStepRole.Action).ShouldBe(!isModifierOrClock, $"{pickle.DisplayName}: '{pickle.Steps[i].Text}'");
                }
            }
        }
    }
}
