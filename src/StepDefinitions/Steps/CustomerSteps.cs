using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Drivers;
using MfaConformance.StepDefinitions.Parameters;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Steps;

/// <summary>C1–C5: the customers of the scenario.</summary>
[Binding]
public sealed class CustomerSteps(ProvisioningDriver provisioning, CustomerContext customers)
{
    [Given("a first-time MFA customer")]
    public async Task GivenAFirstTimeCustomer() =>
        customers.Customer = await provisioning.CreateCustomerAsync("MOBILE", password: null);

    [Given("a returning MFA customer with password {password}")]
    public async Task GivenAReturningCustomer(TestPassword password) =>
        customers.Customer = await provisioning.CreateCustomerAsync("MOBILE", password);

    [Given("a returning MFA customer identified by {string} with password {password}")]
    public async Task GivenAReturningCustomerIdentifiedBy(string identifierType, TestPassword password) =>
        customers.Customer = await provisioning.CreateCustomerAsync(identifierType, password);

    [Given("the customer also has an account on the second brand with password {password}")]
    public Task GivenAnAccountOnTheSecondBrand(TestPassword password) =>
        provisioning.CreateCustomerOnSecondBrandAsync(customers.RequireCustomer(), password);

    [Given("another returning MFA customer with password {password}")]
    public async Task GivenAnotherReturningCustomer(TestPassword password) =>
        customers.OtherCustomer = await provisioning.CreateCustomerAsync("MOBILE", password);
}
