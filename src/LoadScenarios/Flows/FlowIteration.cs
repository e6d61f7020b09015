using MfaConformance.LoadEngine;
using MfaConformance.StepDefinitions;

namespace MfaConformance.LoadScenarios;

/// <summary>One iteration of a C# flow: its engine context, target, bindings and the shared step sequences.</summary>
internal sealed class FlowIteration(IScenarioContext ctx, LoadTarget target, FlowBindings bindings, LoadScenarioOptions options)
{
    public FlowBindings Bindings { get; } = bindings;

    public MfaCustomer Customer => Bindings.Customer;

    public LoadScenarioOptions Options { get; } = options;

    /// <summary>Runs a binding method as the measured step <paramref name="step"/> with the given checks.</summary>
    public Task<Response> MeasureAsync(string step, Func<Task> action, params ResponseCheck[] checks) =>
        MeasuredAction.RunAsync(ctx, target, Bindings, step, action, checks);

    /// <summary>Reads the OTP of <paramref name="sessionId"/> outside measured time (null when it worked).</summary>
    public Task<Response?> ReadOtpAsync(string? sessionId) => MeasuredAction.ReadOtpAsync(ctx, target, Customer, sessionId);

    /// <summary>token_generate, otp_generate, (OTP read), otp_validate: the first factor (FirstFactorSteps' When methods).</summary>
    public async Task<Response> FirstFactorAsync()
    {
        var steps = Bindings.FirstFactor;
        var device = Customer.Device ?? Options.Device;
        var response = await MeasureAsync(LoadStepNames.TokenGenerate, () => steps.WhenStartsFirstFactor(device), ResponseCheck.Succeeds, ResponseCheck.CarriesSession).ConfigureAwait(false);
        if (response.IsError)
        {
            return response;
        }

        response = await MeasureAsync(LoadStepNames.OtpGenerate, steps.WhenRequestsFirstFactorOtp, ResponseCheck.Succeeds).ConfigureAwait(false);
        if (response.IsError)
        {
            return response;
        }

        if (await ReadOtpAsync(Customer.Flow.FirstFactorSession).ConfigureAwait(false) is { } otpFailure)
        {
            return otpFailure;
        }

        return await MeasureAsync(LoadStepNames.OtpValidate, () => steps.WhenSubmitsFirstFactorOtp(OtpReference.Own), ResponseCheck.Succeeds, ResponseCheck.CarriesToken, ResponseCheck.CarriesKey).ConfigureAwait(false);
    }

    /// <summary>mfa_token_generate then mfa_password_validate with the customer's password (a returning login).</summary>
    public async Task<Response> MfaWithPasswordAsync()
    {
        var response = await MeasureAsync(LoadStepNames.MfaTokenGenerate, Bindings.Sessions.WhenRequestsAnMfaSession, ResponseCheck.Succeeds, ResponseCheck.CarriesSession).ConfigureAwait(false);
        if (response.IsError)
        {
            return response;
        }

        var password = Customer.Password ?? string.Empty;
        return await MeasureAsync(LoadStepNames.MfaPasswordValidate, () => Bindings.Passwords.WhenValidatesThePassword(password), ResponseCheck.Succeeds, ResponseCheck.CarriesToken, ResponseCheck.CarriesKey).ConfigureAwait(false);
    }

    /// <summary>mfa_otp_generate, (OTP read), mfa_otp_validate on the current MFA session.</summary>
    public async Task<Response> MfaOtpAsync()
    {
        var response = await MeasureAsync(LoadStepNames.MfaOtpGenerate, Bindings.Otps.WhenRequestsAnMfaOtp, ResponseCheck.Succeeds).ConfigureAwait(false);
        if (response.IsError)
        {
            return response;
        }

        if (await ReadOtpAsync(Customer.Flow.MfaSession).ConfigureAwait(false) is { } otpFailure)
        {
            return otpFailure;
        }

        return await MeasureAsync(LoadStepNames.MfaOtpValidate, () => Bindings.Otps.WhenSubmitsTheMfaOtp(OtpReference.Own), ResponseCheck.Succeeds, ResponseCheck.CarriesToken, ResponseCheck.CarriesKey).ConfigureAwait(false);
    }
}
