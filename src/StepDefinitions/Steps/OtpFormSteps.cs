using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Drivers;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Steps;

/// <summary>T16: the form of the OTPs the target issued (CONF_OTP_LENGTH), read from the OTP source.</summary>
[Binding]
public sealed class OtpFormSteps(OtpDriver otps, CustomerContext customers)
{
    [Then("the MFA OTP issued has {int} digits")]
    public async Task ThenTheMfaOtpHasDigits(int digits)
    {
        var customer = customers.RequireCustomer();
        ResponseChecks.OtpHasDigits(await otps.ReadIssuedAsync(customer, customer.Flow.MfaSession), digits);
    }

    [Then("the first-factor OTP issued has {int} digits")]
    public async Task ThenTheFirstFactorOtpHasDigits(int digits)
    {
        var customer = customers.RequireCustomer();
        ResponseChecks.OtpHasDigits(await otps.ReadIssuedAsync(customer, customer.Flow.FirstFactorSession), digits);
    }
}
