using System.Text.Json.Nodes;
using MfaConformance.Client;
using MfaConformance.Client.Transport;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.LoadScenarios.Tests.Support;
using MfaConformance.ReferenceServer.Mutants;
namespace MfaConformance.LoadScenarios.Tests.Steps;

[Collection(EmbeddedServerCollection.Name)]
public sealed class BrokenContractTests(EmbeddedServerFixture server)
{
    private const string PasswordValidatePath = "/auth/v1/mfa/password/validate";

    [Fact]
    public async Task FlowStep_SuccessWithoutKey_CountsAsFailedStepWithTheReason()
    {
        await using var proxy = await KeyStrippingProxy.StartAsync(server.BaseUrl, PasswordValidatePath);
        await using var target = await LoadTarget.CreateAsync(new TargetOptions { BaseUrl = proxy.BaseUrl }, LoadScenarioOptions.DefaultSeed);
        await using var runtime = await SuiteRuntime.StartAsync(target);
        var definition = LoadScenarioCatalog.Create(LoadScenarioNames.ReturningUserLogin, target, LoadRuns.Iterations(copies: 1, iterations: 3), runtime);

        var result = await LoadRuns.RunAsync(definition);

        var step = result.Step("mfa_password_validate");
        step.Fail.Count.ShouldBe(3, result.Describe());
        step.ErrorMessages.Keys.ShouldBe(["mfa_password_validate - success but no key"]);
        step.ErrorStatusCodes.Keys.ShouldBe(["200"]);
        result.Step("mfa_token_generate").Fail.Count.ShouldBe(0);
        result.Scenario().Total.Fail.Count.ShouldBe(3);
    }

    [Fact]
    public async Task GherkinCheck_SuccessWithoutKey_FailsTheActionStepWithTheReason()
    {
        await using var proxy = await KeyStrippingProxy.StartAsync(server.BaseUrl, PasswordValidatePath);
        await using var target = await LoadTarget.CreateAsync(new TargetOptions { BaseUrl = proxy.BaseUrl }, LoadScenarioOptions.DefaultSeed);
        await using var runtime = await SuiteRuntime.StartAsync(target);
        var definition = LoadScenarioCatalog.Create(Gherkin.GherkinLoadScenarioTests.ReturningUser, target, LoadRuns.Iterations(copies: 1, iterations: 2), runtime);

        var result = await LoadRuns.RunAsync(definition);

        var step = result.Step("mfa_password_validate");
        step.Fail.Count.ShouldBe(2, result.Describe());
        step.ErrorMessages.Keys.ShouldBe(["mfa_password_validate - success but no key"]);
    }

    [Fact]
    public async Task FlowStep_RefusedCall_IsClassifiedByStatusAndErrorCode()
    {
        var brand = "LOADOFF" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        using (var connection = new TargetConnection(server.TargetOptions()))
        {
            var put = await connection.CreateHooksClient().PutBrandAsync(brand, new JsonObject { ["IS_MFA_PASSWORD_ENABLED"] = false });
            put.IsHttpSuccess.ShouldBeTrue();
        }

        await using var target = await server.CreateTargetAsync(brand);
        await using var runtime = await SuiteRuntime.StartAsync(target);
        var definition = LoadScenarioCatalog.Create(LoadScenarioNames.ReturningUserLogin, target, LoadRuns.Iterations(copies: 1, iterations: 2), runtime);

        var result = await LoadRuns.RunAsync(definition);

        var failed = result.Scenario().Steps.Where(s => s.Fail.Count > 0).ShouldHaveSingleItem(result.Describe());
        failed.ErrorCodes.Keys.ShouldBe(["1524"]);
        failed.ErrorStatusCodes.Keys.ShouldAllBe(s => s.StartsWith('4'));
        failed.ErrorMessages.Keys.ShouldAllBe(m => m.StartsWith(failed.Name + " - refused (HTTP 4") && m.EndsWith("status.code 1524)"));
        result.ExitCode.ShouldBe(0, "no thresholds were given, so the run itself passes");
    }

    [Fact]
    public async Task GherkinVerification_MutantKeepsOldPassword_FailsTheIterationWithTheCheck()
    {
        await using var mutant = await EmbeddedServerFixture.StartAsync(Mutants.Find("old-password-survives-change")!.Name);
        await using var target = await LoadTarget.CreateAsync(new TargetOptions { BaseUrl = mutant.BaseUrl }, LoadScenarioOptions.DefaultSeed);
        await using var runtime = await SuiteRuntime.StartAsync(target);
        var definition = LoadScenarioCatalog.Create(
            "a_customer_changes_the_mfa_password_the_new_one_works_and_the_old_one_fails", target, LoadRuns.Iterations(copies: 1, iterations: 2), runtime);

        var result = await LoadRuns.RunAsync(definition);

        result.Step("mfa_password_change").Fail.Count.ShouldBe(0, "the change itself still succeeds");
        result.Scenario().Total.Fail.Count.ShouldBe(2, result.Describe());
        result.Scenario().Total.ErrorMessages.Keys.ShouldHaveSingleItem().ShouldStartWith("the_customer_cannot_complete_mfa_with_the_password - ");
    }
}
