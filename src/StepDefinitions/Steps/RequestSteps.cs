using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Parameters;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Steps;

/// <summary>N1–N10: modifiers of the next action only.</summary>
[Binding]
public sealed class RequestSteps(NextCallContext next, BrandContext brands, CustomerContext customers)
{
    [When("the next call is made from device {string}")]
    public void WhenFromDevice(string device) => next.Update(m => m with { Device = device });

    [When("the next call names brand {string}")]
    public void WhenNamesBrand(string brand) => next.Update(m => m with { Brand = brand });

    [When("the next call names the second brand")]
    public void WhenNamesTheSecondBrand() => next.Update(m => m with { Brand = brands.RequireSecondBrand() });

    [When("the next call names the brand in lower case")]
    public void WhenNamesTheBrandInLowerCase() => next.Update(m => m with { Brand = customers.RequireCustomer().Brand.ToLowerInvariant() });

    [When("the next call names the other customer's identifier")]
    public void WhenNamesTheOtherCustomersIdentifier() => next.Update(m => m with { OtherCustomersIdentifier = true });

    [When("the next call carries {credential}")]
    public void WhenCarries(CredentialReference credential) => next.Update(m => m with { Credential = credential });

    [When("the next call has the field {string} {defect}")]
    public void WhenHasTheField(string field, FieldDefect defect) => next.Edit(new FieldEdit(field, defect == FieldDefect.Empty ? string.Empty : null));

    [When("the next call sends the field {string} as {string}")]
    public void WhenSendsTheField(string field, string value) => next.Edit(new FieldEdit(field, value));

    [When("the next call sends the field {string} {variant}")]
    public void WhenSendsTheFieldVariant(string field, ValueVariant variant) => next.Edit(new FieldEdit(field, null, variant));

    [When("the next call has a malformed JSON body")]
    public void WhenMalformedJson() => next.Update(m => m with { MalformedJson = true });
}
