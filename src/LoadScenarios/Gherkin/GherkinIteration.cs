using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.LoadEngine;
using MfaConformance.LoadScenarios.Steps;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Actions;
using MfaConformance.StepDefinitions.Contexts;
namespace MfaConformance.LoadScenarios.Gherkin;

/// <summary>Runs one load iteration of a pickle through Reqnroll (see <see cref="GherkinLoadScenario"/>).</summary>
internal sealed class GherkinIteration(BddRun run, GherkinLoadPlan plan, LoadTarget target, string name)
{
    public async Task<Response> RunAsync(IScenarioContext ctx)
    {
        var execution = run.CreateExecution(plan.Pickle, ctx.CancellationToken);
        try
        {
            await Step.RunUnmeasured("scenario_start", ctx, execution.StartAsync).ConfigureAwait(false);
            if (!execution.IsRunning)
            {
                var outcome = await execution.CompleteAsync().ConfigureAwait(false);
                return Response.Fail(message: target.Redact($"{name} - not run: {StepOutcomes.Shorten(outcome.Message)}"));
            }

            for (var i = 0; i < plan.Roles.Count; i++)
            {
                var response = plan.Roles[i] switch
                {
                    GherkinStepRole.Action => await ActionAsync(ctx, execution, i).ConfigureAwait(false),
                    GherkinStepRole.Check => null,
                    _ => await UnmeasuredAsync(ctx, execution, i).ConfigureAwait(false),
                };
                if (response is { IsError: true })
                {
                    return response;
                }
            }

            return Response.Ok();
        }
        finally
        {
            await Step.RunUnmeasured("scenario_end", ctx, execution.CompleteAsync).ConfigureAwait(false);
        }
    }

    private async Task<Response?> UnmeasuredAsync(IScenarioContext ctx, PickleExecution execution, int index)
    {
        var result = await Step.RunUnmeasured("gherkin_set_up", ctx, () => execution.RunStepAsync(index)).ConfigureAwait(false);
        return result.Passed
            ? null
            : Response.Fail(message: target.Redact($"{SnakeCase.Of(result.Step.Text)} - {Reason(result)}"));
    }

    private async Task<Response> ActionAsync(IScenarioContext ctx, PickleExecution execution, int index)
    {
        var step = plan.Names[index]!;
        if (await PrefetchOtpAsync(ctx, execution, index).ConfigureAwait(false) is { } otpFailure)
        {
            return otpFailure;
        }

        return await Step.Run(step, ctx, async () =>
        {
            var result = await execution.RunStepAsync(index).ConfigureAwait(false);
            if (!result.Passed)
            {
                return Response.Fail(message: target.Redact($"{step} - {Reason(result)}"));
            }

            var responses = execution.Resolve<ResponseContext>().All;
            for (var j = index + 1; j < plan.Roles.Count && plan.Roles[j] == GherkinStepRole.Check; j++)
            {
                var check = await execution.RunStepAsync(j).ConfigureAwait(false);
                if (!check.Passed)
                {
                    var failed = StepOutcomes.From(step, responses, LoadStepBindings.ChecksOf(plan.Bindings[j]) ?? [], target.Redact);
                    return failed.IsError ? failed : StepOutcomes.From(step, responses, [ResponseCheck.Failed($"check failed: {SnakeCase.Of(check.Step.Text)}")], target.Redact);
                }
            }

            return StepOutcomes.From(step, responses, [], target.Redact);
        }).ConfigureAwait(false);
    }

    /// <summary>An action that submits the customer's own OTP: the OTP is read before the measured step.</summary>
    private async Task<Response?> PrefetchOtpAsync(IScenarioContext ctx, PickleExecution execution, int index)
    {
        if (!LoadStepBindings.SubmitsOwnOtp(plan.Bindings[index]) || execution.Resolve<CustomerContext>().Customer is not { } customer)
        {
            return null;
        }

        var session = LoadStepBindings.ActionOf(plan.Bindings[index])?.Id switch
        {
            ApiActions.OtpValidate => customer.Flow.FirstFactorSession,
            ApiActions.MfaOtpValidate => customer.Flow.MfaSession,
            _ => null,
        };
        return session is null ? null : await MeasuredAction.ReadOtpAsync(ctx, target, customer, session).ConfigureAwait(false);
    }

    private static string Reason(StepOutcome result) =>
        StepOutcomes.Shorten(result.Error?.Message ?? $"Reqnroll status {result.Status}");
}
