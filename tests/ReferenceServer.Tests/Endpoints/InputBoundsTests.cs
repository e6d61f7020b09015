using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Endpoints;

/// <summary>
/// Issue 21: the server bounds every field itself. A 60 KB identifier fits under the 64 KB body limit, and used to
/// persist a customer per call; now it is refused with 1519 naming the field, before anything is stored.
/// </summary>
public sealed class InputBoundsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private ApiDriver Api => fixture.Api;

    [Theory]
    [InlineData("identifierValue")]
    [InlineData("deviceId")]
    public async Task TokenGenerate_SixtyKilobyteField_IsRefusedNamingTheField(string field)
    {
        var brand = Brands.Unique();
        await Api.PutMfaBrandAsync(brand);
        var customer = TestCustomer.New(brand);
        var body = customer.Body();
        body[field] = new string('9', 60 * 1024);

        var call = await Api.PostAsync("auth/v1/token/generate", body);

        call.ShouldFailWith(1519);
        call.Body!["status"]!["message"]!.GetValue<string>().ShouldContain($"'{field}' is longer than 256 characters");
    }

    [Fact]
    public async Task TokenGenerate_IdentifierAtTheLimit_IsTaken()
    {
        var brand = Brands.Unique();
        await Api.PutMfaBrandAsync(brand);
        var customer = TestCustomer.New(brand) with { IdentifierType = "USERNAME", IdentifierValue = new string('u', 256) };

        (await Api.PostAsync("auth/v1/token/generate", customer.Body(("mobile", "919999999999")))).ShouldSucceed();
    }

    [Fact]
    public async Task PasswordValidate_PasswordOverTheLimit_IsRefusedNamingTheField()
    {
        var brand = Brands.Unique();
        await Api.PutMfaBrandAsync(brand);
        var customer = await Api.CreateCustomerAsync(brand, ApiDriver.Password);
        var session = await Api.PrimarySessionAsync(customer);

        var call = await Api.PostAsync("auth/v1/password/validate", customer.Body(("sessionId", session), ("password", new string('p', 1025))));

        call.ShouldFailWith(1519);
        call.Body!["status"]!["message"]!.GetValue<string>().ShouldContain("'password' is longer than 1024 characters");
    }
}
