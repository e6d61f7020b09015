using MfaConformance.LoadScenarios.Data;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Contexts;
namespace MfaConformance.LoadScenarios.Tests.Data;

public sealed class CustomerPoolTests
{
    [Fact]
    public void TryTake_ManyThreads_HandsOutEachCustomerOnceThenNull()
    {
        var customers = Enumerable.Range(0, 200).Select(i => new MfaCustomer("B", "MOBILE", $"9198{i:D8}", null, null)).ToList();
        var pool = new CustomerPool(customers);
        var taken = new System.Collections.Concurrent.ConcurrentBag<MfaCustomer?>();

        Parallel.For(0, 250, _ => taken.Add(pool.TryTake()));

        taken.Count(c => c is null).ShouldBe(50);
        taken.OfType<MfaCustomer>().Distinct().Count().ShouldBe(200);
    }
}
