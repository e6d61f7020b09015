using MfaConformance.LoadEngine.Running;

namespace MfaConformance.LoadEngine;

/// <summary>
/// Measured and unmeasured steps inside an iteration (NBomber's <c>Step.Run</c>). Step statistics are kept by
/// name. In an open model, the first measured step of an iteration also carries the iteration's start lag (the
/// time between its intended and actual start), so step latency stays coordinated-omission correct; its service
/// time does not.
/// </summary>
public static class Step
{
    /// <summary>
    /// Runs and measures a step. An exception becomes a failed response with the exception's type and message
    /// (truncated to 300 characters); cancellation of the run propagates.
    /// </summary>
    public static async Task<Response> Run(string name, IScenarioContext context, Func<Task<Response>> run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(run);
        var ctx = ScenarioContext.From(context);
        using var span = Telemetry.LoadTracing.StartStep(name);
        var started = ctx.Clock.Now;
        Response response;
        try
        {
            response = await run().ConfigureAwait(false) ?? Response.Fail(message: "step returned no response");
        }
        catch (OperationCanceledException) when (ctx.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            response = Response.FromException(ex);
        }

        if (response.IsError)
        {
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, response.ErrorCode ?? response.StatusCode);
        }

        ctx.RecordStep(name, response, started, ctx.Clock.Now);
        return response;
    }

    /// <summary>
    /// Runs an unmeasured step (set-up inside an iteration, e.g. reading an OTP through a sandbox hook): its time
    /// is subtracted from the iteration's latency and service time, it has no statistics of its own, and the
    /// open-model timeline is unaffected (the next starts keep their intended times).
    /// </summary>
    public static async Task<T> RunUnmeasured<T>(string name, IScenarioContext context, Func<Task<T>> run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(run);
        var ctx = ScenarioContext.From(context);
        var started = ctx.Clock.Now;
        try
        {
            return await run().ConfigureAwait(false);
        }
        finally
        {
            ctx.Exclude(ctx.Clock.Now - started);
        }
    }

    /// <summary>As <see cref="RunUnmeasured{T}"/>, for a step with no result.</summary>
    public static Task RunUnmeasured(string name, IScenarioContext context, Func<Task> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return RunUnmeasured<bool>(name, context, async () =>
        {
            await run().ConfigureAwait(false);
            return true;
        });
    }
}
