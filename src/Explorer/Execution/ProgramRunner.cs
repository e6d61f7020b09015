using System.Diagnostics;
using MfaConformance.Client;
using MfaConformance.Client.Endpoints;
using MfaConformance.Client.Hooks;
using MfaConformance.Client.Otp;
using MfaConformance.Client.Redaction;
using MfaConformance.Explorer.Model;
using MfaConformance.Explorer.Programs;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Deadlines;
using MfaConformance.StepDefinitions.Drivers;
using MfaConformance.StepDefinitions.Target;
namespace MfaConformance.Explorer.Execution;

/// <summary>
/// Runs one program against the target through the suite's own bindings, and holds every API call it makes against the
/// model: the prediction is made from the request as it went over the wire and the state before it, then the answer
/// moves the model's state. Stops at the first contradiction of a must, and when an answer leaves the state unknown (a
/// 5xx or no answer where the documentation allows either).
/// </summary>
public sealed class ProgramRunner(ConformanceTarget target)
{
    private readonly HooksClient _hooks = target.Connection.CreateHooksClient();

    public async Task<ProgramRun> RunAsync(ExplorerProgram program, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        var started = Stopwatch.GetTimestamp();
        var model = new ApiModel();
        using var scenario = new ProgramScenario(target);
        var setUp = await SetUpAsync(program.Setup, scenario, model).ConfigureAwait(false);
        if (setUp is not null)
        {
            return new ProgramRun(program, []) { SetUpFailed = true, Stopped = setUp, Elapsed = Stopwatch.GetElapsedTime(started) };
        }

        var log = new ExchangeLog(started);
        using var subscription = target.Connection.Subscribe(log);
        var outcomes = new List<StepOutcome>();
        var pendingModifiers = new List<int>();
        Contradiction? contradiction = null;
        int? contradictionStep = null;
        string? stopped = null;
        for (var i = 0; i < program.Steps.Count && contradiction is null && stopped is null; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = program.Steps[i];
            if (step.IsModifier)
            {
                try
                {
                    await scenario.RunAsync(step).ConfigureAwait(false);
                    pendingModifiers.Add(outcomes.Count);
                    outcomes.Add(new StepOutcome(i, step, true, []));
                }
                catch (InvalidOperationException ex)
                {
                    // e.g. "the second brand" after the shrinker removed it from the set-up
                    outcomes.Add(new StepOutcome(i, step, false, [], ex.Message));
                }

                continue;
            }

            string? notApplicable = null;
            try
            {
                await scenario.RunAsync(step).ConfigureAwait(false);
                if (step.Kind == StepKind.ClockMoves)
                {
                    model.ClockMoved(step.Seconds);
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or OtpUnavailableException)
            {
                // the drivers' way of saying the step has nothing to act on (no MFA session yet, no other customer...)
                notApplicable = ex.Message;
            }
            catch (Exception ex) when (ex is SetUpFailedException or ProgramSkippedException or ScenarioTimedOutException)
            {
                stopped = $"step {i + 1} ({step.Text}) stopped the program: {SecretRedactor.Default.RedactText(ex.Message)}";
            }

            var (calls, found, halt) = await ProcessAsync(log.Drain(), model, cancellationToken).ConfigureAwait(false);
            if (notApplicable is not null && calls.Count == 0)
            {
                foreach (var index in pendingModifiers)
                {
                    outcomes[index] = outcomes[index] with { Ran = false, Note = "its action did not run" };
                }

                scenario.Next.Take();
                outcomes.Add(new StepOutcome(i, step, false, [], notApplicable));
            }
            else
            {
                outcomes.Add(new StepOutcome(i, step, true, calls, notApplicable));
            }

            pendingModifiers.Clear();
            if (found is not null)
            {
                contradiction = found;
                contradictionStep = i;
            }

            stopped ??= halt;
        }

        return new ProgramRun(program, outcomes)
        {
            Contradiction = contradiction,
            ContradictionStep = contradictionStep,
            Stopped = stopped,
            Elapsed = Stopwatch.GetElapsedTime(started),
        };
    }

    /// <summary>Creates the brand and customers of the set-up and tells the model; returns why it failed, or null.</summary>
    private static async Task<string?> SetUpAsync(ProgramSetup setup, ProgramScenario scenario, ApiModel model)
    {
        try
        {
            await scenario.CreateBrandAsync(setup.Configuration).ConfigureAwait(false);
            model.AddBrand(scenario.Brands.RequireBrand(), BrandConfig.FromJson(setup.Configuration));
            if (setup.SecondBrand)
            {
                await scenario.CreateSecondBrandAsync().ConfigureAwait(false);
                model.AddBrand(scenario.Brands.RequireSecondBrand(), BrandConfig.FromJson(DefaultBrandConfiguration.Create()));
            }

            await scenario.CreateCustomerAsync(setup.Customer).ConfigureAwait(false);
            var customer = scenario.Customers.RequireCustomer();
            model.AddCustomer(customer.Brand, customer.IdentifierType, customer.IdentifierValue, customer.Password, "the customer");
            if (setup.OtherCustomer)
            {
                await scenario.CreateOtherCustomerAsync().ConfigureAwait(false);
                var other = scenario.Customers.RequireOtherCustomer();
                model.AddCustomer(other.Brand, other.IdentifierType, other.IdentifierValue, other.Password, "the other customer");
            }

            if (setup.SecondBrand)
            {
                await scenario.CreateSecondBrandAccountAsync().ConfigureAwait(false);
                model.AddCustomer(scenario.Brands.RequireSecondBrand(), customer.IdentifierType, customer.IdentifierValue,
                    scenario.Password(ProgramSetup.SecondBrandPassword), "the customer's account on the second brand");
            }

            return null;
        }
        catch (Exception ex) when (ex is SetUpFailedException or ProgramSkippedException or ScenarioTimedOutException or InvalidOperationException)
        {
            return $"the set-up failed: {SecretRedactor.Default.RedactText(ex.Message)}";
        }
    }

    private async Task<(List<CallOutcome> Calls, Contradiction? Found, string? Halt)> ProcessAsync(
        IReadOnlyList<LoggedExchange> exchanges, ApiModel model, CancellationToken cancellationToken)
    {
        var calls = new List<CallOutcome>();
        foreach (var logged in exchanges.Where(e => !e.Exchange.Endpoint.IsHook))
        {
            var exchange = logged.Exchange;
            var call = new ObservedCall(exchange.Endpoint, exchange.UnredactedRequestJson(), new Moment(model.Advanced, logged.SentAt, logged.AnsweredAt));
            var assessment = model.Assess(call);
            var answer = ObservedAnswer.From(exchange.ToResponse());
            var found = model.Observe(assessment, answer);
            var also = new List<string>();
            if (answer.IsSuccess && assessment.Prediction.Contract.Key is not null)
            {
                also.Add(RuleIds.KeyIssued);
            }

            calls.Add(new CallOutcome(logged, assessment.Prediction, answer) { AlsoChecked = also });
            if (found.Count > 0)
            {
                return (calls, found[0], null);
            }

            if (!answer.IsSuccess && !answer.IsRefusal)
            {
                return (calls, null, $"{exchange.CallName} {answer.Describe()} where the documentation leaves the answer open: the program stops, its state unknown");
            }

            if (answer.IsSuccess && IsOtpRequest(exchange.Endpoint) && call.Text("sessionId") is { } sessionId
                && model.SessionOwner(sessionId) is { } owner)
            {
                var read = await _hooks.GetOtpAsync(owner.Brand, owner.IdentifierType, owner.IdentifierValue, sessionId, cancellationToken).ConfigureAwait(false);
                if (read.Otp is { } otp)
                {
                    also.Add(RuleIds.OtpLength);
                    if (model.OtpIssued(sessionId, otp, call.At, exchange.CallName) is { } wrongLength)
                    {
                        return (calls, wrongLength, null);
                    }
                }
            }
        }

        return (calls, null, null);
    }

    private static bool IsOtpRequest(ApiEndpoint endpoint) =>
        endpoint == ApiEndpoints.OtpGenerate || endpoint == ApiEndpoints.MfaOtpGenerate;
}
