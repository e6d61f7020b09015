namespace MfaConformance.Bdd.Tests.Cck.Bindings;

/// <summary>The data-tables sample.</summary>
[Binding]
public sealed class CckTableSteps(CckWorld world)
{
    [When("the following table is transposed:")]
    public void WhenTransposed(DataTable table)
    {
        string[][] raw = [[.. table.Header], .. table.Rows.Select(r => r.Values.ToArray())];
        world.Transposed = [.. Enumerable.Range(0, raw[0].Length).Select(c => raw.Select(r => r[c]).ToArray())];
    }

    [Then("it should be:")]
    public void ThenItShouldBe(DataTable expected)
    {
        string[][] raw = [[.. expected.Header], .. expected.Rows.Select(r => r.Values.ToArray())];
        world.Transposed.ShouldBe(raw);
    }
}
