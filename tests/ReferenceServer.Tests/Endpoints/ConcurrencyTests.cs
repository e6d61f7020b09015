using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Endpoints;

/// <summary>Many customers logging in at once on one server all succeed (thread safety of the in-memory state).</summary>
public sealed class ConcurrencyTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task MfaLogin_TwentyCustomersInParallel_AllSucceed()
    {
        var brand = Brands.Unique();
        await fixture.Api.PutMfaBrandAsync(brand);
        var customers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => fixture.Api.CreateCustomerAsync(brand, ApiDriver.Password)));
        var results = await Task.WhenAll(customers.Select(c => fixture.Api.MfaLoginAsync(c)));
        results.Select(r => r.T2).Distinct().Count().ShouldBe(20);
    }
}
