using MfaConformance.Bdd;
using MfaConformance.LoadEngine;
using MfaConformance.StepDefinitions;

namespace MfaConformance.LoadScenarios;

/// <summary>Runs one load iteration of a pickle (see <see cref="GherkinLoadScenario"/>).</summary>
internal sealed class GherkinIteration(BddRuntime runtime, GherkinLoadPlan plan, LoadTarget target, string name)
{
    public async Task<Response> RunAsync(IScenarioContext ctx)
    {
        var execution = runtime.CreateExecution(plan.Pickle);
        try
        {
            var started = await Step.RunUnmeasured("scenario_start", ctx, () => execution.StartAsync(ctx.CancellationToken)).ConfigureAwait(false);
            if (started != TestOutcome.Passed)
            {
                var result = await execution.CompleteAsync(ctx.CancellationToken).ConfigureAwait(false);
                return Response.Fail(message: target.Redact($"{name} - not run: {StepOutcomes.Shorten(result.SkipReason ?? result.ErrorMessage)}"));
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
            await Step.RunUnmeasured("scenario_end", ctx, () => execution.CompleteAsync(CancellationToken.None)).ConfigureAwait(false);
        }
    }

    private async Task<Response?> UnmeasuredAsync(IScenarioContext ctx, ScenarioExecution execution, int index)
    {
        var result = await Step.RunUnmeasured("gherkin_set_up", ctx, () => execution.RunStepAsync(index, ctx.CancellationToken)).ConfigureAwait(false);
        return result.Outcome == TestOutcome.Passed
            ? null
            : Response.Fail(message: target.Redact($"{GherkinStepNames.SnakeCase(result.Text)} - {StepOutcomes.Shorten(result.ErrorMessage)}"));
    }

    private async Task<Response> ActionAsync(IScenarioContext ctx, ScenarioExecution execution, int index)
    {
        var step = plan.Names[index]!;
        if (await PrefetchOtpAsync(ctx, execution, index).ConfigureAwait(false) is { } otpFailure)
        {
            return otpFailure;
        }

        return await Step.Run(step, ctx, async () =>
        {
            var result = await execution.RunStepAsync(index, ctx.CancellationToken).ConfigureAwait(false);
            if (result.Outcome != TestOutcome.Passed)
            {
                return Response.Fail(message: target.Redact($"{step} - {StepOutcomes.Shorten(result.ErrorMessage)}"));
            }

            var responses = execution.Resolve<ResponseContext>().All;
            for (var j = index + 1; j < plan.Roles.Count && plan.Roles[j] == GherkinStepRole.Check; j++)
            {
                var check = await execution.RunStepAsync(j, ctx.CancellationToken).ConfigureAwait(false);
                if (check.Outcome != TestOutcome.Passed)
                {
                    var failed = StepOutcomes.From(step, responses, ResponseCheck.ForThenStep(check.Text) ?? [], target.Redact);
                    return failed.IsError ? failed : StepOutcomes.From(step, responses, [ResponseCheck.Failed($"check failed: {GherkinStepNames.SnakeCase(check.Text)}")], target.Redact);
                }
            }

            return StepOutcomes.From(step, responses, [], target.Redact);
        }).ConfigureAwait(false);
    }

    /// <summary>"… submits the customer's own OTP as the … OTP": reads it before the measured step.</summary>
    private async Task<Response?> PrefetchOtpAsync(IScenarioContext ctx, ScenarioExecution execution, int index)
    {
        var step = plan.Names[index];
        if (!plan.Pickle.Steps[index].Text.Contains("own OTP", StringComparison.Ordinal)
            || execution.Resolve<CustomerContext>().Customer is not { } customer)
        {
            return null;
        }

        var session = step switch
        {
            LoadStepNames.OtpValidate => customer.Flow.FirstFactorSession,
            LoadStepNames.MfaOtpValidate => customer.Flow.MfaSession,
            _ => null,
        };
        return session is null ? null : await MeasuredAction.ReadOtpAsync(ctx, target, customer, session).ConfigureAwait(false);
    }
}
