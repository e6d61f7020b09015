using System.Reflection;
using MfaConformance.LoadEngine;
using MfaConformance.LoadScenarios.Steps;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Actions;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Parameters;
namespace MfaConformance.LoadScenarios.Flows;

/// <summary>One iteration of a C# flow: its engine context, target, bindings and the shared step sequences.</summary>
internal sealed class FlowIteration(IScenarioContext ctx, LoadTarget target, FlowBindings bindings, LoadScenarioOptions options)
{
    public FlowBindings Bindings { get; } = bindings;

    public MfaCustomer Customer => Bindings.Customer;

    public LoadScenarioOptions Options { get; } = options;

    /// <summary>
    /// Runs a When method of the step definitions as the measured step of the API action it declares
    /// (<see cref="ApiActionAttribute"/>: the step's name is the action's metric name), then makes the given checks of "the call".
    /// </summary>
    public Task<Response> MeasureAsync(Func<Task> binding, params ResponseCheck[] checks) =>
        Measure(binding.Method, binding, checks);

    /// <inheritdoc cref="MeasureAsync(Func{Task}, ResponseCheck[])"/>
    public Task<Response> MeasureAsync<T>(Func<T, Task> binding, T argument, params ResponseCheck[] checks) =>
        Measure(binding.Method, () => binding(argument), checks);

    /// <inheritdoc cref="MeasureAsync(Func{Task}, ResponseCheck[])"/>
    public Task<Response> MeasureAsync<T1, T2>(Func<T1, T2, Task> binding, T1 first, T2 second, params ResponseCheck[] checks) =>
        Measure(binding.Method, () => binding(first, second), checks);

    /// <inheritdoc cref="MeasureAsync(Func{Task}, ResponseCheck[])"/>
    public Task<Response> MeasureAsync<T1, T2, T3>(Func<T1, T2, T3, Task> binding, T1 first, T2 second, T3 third, params ResponseCheck[] checks) =>
        Measure(binding.Method, () => binding(first, second, third), checks);

    /// <summary>Reads the OTP of <paramref name="sessionId"/> outside measured time (null when it worked).</summary>
    public Task<Response?> ReadOtpAsync(string? sessionId) => MeasuredAction.ReadOtpAsync(ctx, target, Customer, sessionId);

    /// <summary>token_generate, otp_generate, (OTP read), otp_validate: the first factor (FirstFactorSteps' When methods).</summary>
    public async Task<Response> FirstFactorAsync()
    {
        var steps = Bindings.FirstFactor;
        var device = Customer.Device ?? Options.Device;
        var response = await MeasureAsync(steps.WhenStartsFirstFactor, device, ResponseCheck.Succeeds, ResponseCheck.CarriesSession).ConfigureAwait(false);
        if (response.IsError)
        {
            return response;
        }

        response = await MeasureAsync(steps.WhenRequestsFirstFactorOtp, ResponseCheck.Succeeds).ConfigureAwait(false);
        if (response.IsError)
        {
            return response;
        }

        if (await ReadOtpAsync(Customer.Flow.FirstFactorSession).ConfigureAwait(false) is { } otpFailure)
        {
            return otpFailure;
        }

        return await MeasureAsync(steps.WhenSubmitsFirstFactorOtp, OtpReference.Own, ResponseCheck.Succeeds, ResponseCheck.CarriesToken, ResponseCheck.CarriesKey).ConfigureAwait(false);
    }

    /// <summary>mfa_token_generate then mfa_password_validate with the customer's password (a returning login).</summary>
    public async Task<Response> MfaWithPasswordAsync()
    {
        var response = await MeasureAsync(Bindings.Sessions.WhenRequestsAnMfaSession, ResponseCheck.Succeeds, ResponseCheck.CarriesSession).ConfigureAwait(false);
        if (response.IsError)
        {
            return response;
        }

        TestPassword password = Customer.Password ?? string.Empty;
        return await MeasureAsync(Bindings.Passwords.WhenValidatesThePassword, password, ResponseCheck.Succeeds, ResponseCheck.CarriesToken, ResponseCheck.CarriesKey).ConfigureAwait(false);
    }

    /// <summary>mfa_otp_generate, (OTP read), mfa_otp_validate on the current MFA session.</summary>
    public async Task<Response> MfaOtpAsync()
    {
        var response = await MeasureAsync(Bindings.Otps.WhenRequestsAnMfaOtp, ResponseCheck.Succeeds).ConfigureAwait(false);
        if (response.IsError)
        {
            return response;
        }

        if (await ReadOtpAsync(Customer.Flow.MfaSession).ConfigureAwait(false) is { } otpFailure)
        {
            return otpFailure;
        }

        return await MeasureAsync(Bindings.Otps.WhenSubmitsTheMfaOtp, OtpReference.Own, ResponseCheck.Succeeds, ResponseCheck.CarriesToken, ResponseCheck.CarriesKey).ConfigureAwait(false);
    }

    private Task<Response> Measure(MethodInfo binding, Func<Task> call, ResponseCheck[] checks)
    {
        var action = ApiActions.Of(binding) ?? throw new ArgumentException($"{binding.DeclaringType?.Name}.{binding.Name} declares no API action ([ApiAction]), so it cannot be a measured step", nameof(binding));
        return MeasuredAction.RunAsync(ctx, target, Bindings, action.MetricName, call, checks);
    }
}
