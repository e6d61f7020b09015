using MfaConformance.StepDefinitions.Actions;
using MfaConformance.StepDefinitions.Rules;

using MfaConformance.StepDefinitions.Steps;
namespace MfaConformance.StepDefinitions.Tests.Rules;

/// <summary>The endpoint a pickle checks, told from what its step bindings declare.</summary>
public sealed class CheckedActionTests
{
    [Fact]
    public void Of_ARefusalAfterASucceededCall_IsTheActionBeforeTheRefusal() =>
        CheckedAction.Of([
            Step<FirstFactorSteps>(nameof(FirstFactorSteps.WhenStartsFirstFactor)),
            Step<ResponseSteps>(nameof(ResponseSteps.ThenSucceeds)),
            Step<SessionSteps>(nameof(SessionSteps.WhenRequestsAnMfaSession)),
            Step<RequestSteps>(nameof(RequestSteps.WhenFromDevice)),
            Step<ResponseSteps>(nameof(ResponseSteps.ThenFailsWithCode)),
        ])?.Id.ShouldBe(ApiActions.MfaTokenGenerate);

    [Fact]
    public void Of_OnlySuccessChecks_IsTheActionBeforeTheFirstCheck() =>
        CheckedAction.Of([
            Step<FirstFactorSteps>(nameof(FirstFactorSteps.WhenStartsFirstFactor)),
            Step<ResponseSteps>(nameof(ResponseSteps.ThenSucceeds)),
            Step<SessionSteps>(nameof(SessionSteps.WhenRequestsAnMfaSession)),
            Step<ResponseSteps>(nameof(ResponseSteps.ThenCarriesASession)),
        ])?.Id.ShouldBe(ApiActions.TokenGenerate);

    [Fact]
    public void Of_OnlyFreshLogins_IsWhereTheFirstLoginEnds()
    {
        CheckedAction.Of([
            Step<PasswordSteps>(nameof(PasswordSteps.WhenChangesThePassword)),
            Step<PasswordSteps>(nameof(PasswordSteps.ThenCanCompleteMfa)),
            Step<FirstFactorSteps>(nameof(FirstFactorSteps.ThenCannotCompleteTheFirstFactor)),
        ])?.Id.ShouldBe(ApiActions.MfaPasswordValidate);
        CheckedAction.Of([Step<FirstFactorSteps>(nameof(FirstFactorSteps.ThenCannotCompleteTheFirstFactor))])?.Id.ShouldBe(ApiActions.OtpValidate);
    }

    [Fact]
    public void Of_NoCheckOfACallOrLogin_IsNull()
    {
        CheckedAction.Of([Step<PasswordSteps>(nameof(PasswordSteps.WhenValidatesThePassword)), new SuiteStep("the call is judged", null)]).ShouldBeNull();
        CheckedAction.Of([Step<ClockSteps>(nameof(ClockSteps.WhenTheClockMovesForward)), Step<ResponseSteps>(nameof(ResponseSteps.ThenFails))]).ShouldBeNull();
    }

    [Fact]
    public void Build_AStepNoDefinitionMatches_IsAProblemNamingIt() =>
        RuleMatrix.Build([new SuitePickle("F: S", ["@documented", "@rule:device"], [new SuiteStep("the customer dances", null)])])
            .Problems.ShouldContain(p => p.Contains("no step definition matches 'the customer dances'", StringComparison.Ordinal));

    private static SuiteStep Step<T>(string method) => new(method, typeof(T).GetMethod(method) ?? throw new ArgumentException(method));
}
