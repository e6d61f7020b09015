using MfaConformance.LoadEngine;

using MfaConformance.LoadScenarios.Target;
namespace MfaConformance.LoadScenarios.Steps;

/// <summary>Runs one binding method as a measured load step and checks "the call" it recorded.</summary>
internal static class MeasuredAction
{
    /// <summary>The unmeasured OTP read through the OTP source (sandbox hooks) before a validate step.</summary>
    public const string ReadOtp = "read_otp";

    public static Task<Response> RunAsync(IScenarioContext ctx, LoadTarget target, FlowBindings bindings, string step, Func<Task> action, params ResponseCheck[] checks) =>
        Step.Run(step, ctx, async () =>
        {
            try
            {
                await action().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return StepOutcomes.FromException(step, ex, target.Redact);
            }

            return StepOutcomes.From(step, bindings.Responses.All, checks, target.Redact);
        });

    /// <summary>Reads the customer's OTP for <paramref name="sessionId"/> outside measured time; a failed iteration response when it cannot.</summary>
    public static async Task<Response?> ReadOtpAsync(IScenarioContext ctx, LoadTarget target, MfaConformance.StepDefinitions.Contexts.MfaCustomer customer, string? sessionId)
    {
        var request = new MfaConformance.Client.Otp.OtpRequest(customer.Brand, customer.IdentifierType, customer.IdentifierValue, sessionId, customer.Device);
        try
        {
            await Step.RunUnmeasured(ReadOtp, ctx, () => target.Otp.PrefetchAsync(request, ctx.CancellationToken)).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return StepOutcomes.FromException(ReadOtp, ex, target.Redact);
        }
    }
}
