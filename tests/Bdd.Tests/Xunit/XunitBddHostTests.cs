using MfaConformance.Bdd.Runtime;
using MfaConformance.Bdd.Xunit;
namespace MfaConformance.Bdd.Tests.Xunit;

public sealed class XunitBddHostTests
{
    [Fact]
    public void Discover_SampleFeatures_OnePicklePerScenarioAndRowWithStableNames()
    {
        var assemblyPath = typeof(XunitBddHostTests).Assembly.Location;

        var first = XunitBddHost.Discover(assemblyPath, "Samples/Xunit");
        var second = XunitBddHost.Discover(assemblyPath, "Samples/Xunit");

        first.Select(p => p.DisplayName).ShouldBe(
        [
            "Xunit integration: A passing scenario",
            "Xunit integration: Rows are test cases [5]",
            "Xunit integration: Rows are test cases [6]",
            "Xunit integration: A skipped scenario",
        ]);
        second.Select(p => p.Id).ShouldBe(first.Select(p => p.Id));
    }

    [Fact]
    public void LoadOptions_TestAssemblyReqnrollJson_IsPreferredOverTheRoot()
    {
        var options = XunitBddHost.LoadOptions(typeof(XunitBddHostTests).Assembly.Location, "Samples/Xunit");

        options.ReportPath("message").ShouldBe(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "reports", "bdd-selftest", "messages.ndjson"));
        options.BindingAssemblyNames.ShouldBeEmpty();
    }
}
