using MfaConformance.LoadEngine;

namespace MfaConformance.LoadScenarios.Tests;

public sealed class LoadScenarioOptionsTests
{
    [Fact]
    public void ToSimulations_WholeRate_InjectsThatManyPerSecond()
    {
        var simulation = new LoadScenarioOptions { Rate = 20, Duration = TimeSpan.FromSeconds(30) }.ToSimulations().ShouldHaveSingleItem();

        simulation.Kind.ShouldBe(SimulationKind.Inject);
        simulation.Rate.ShouldBe(20);
        simulation.Interval.ShouldBe(TimeSpan.FromSeconds(1));
        simulation.During.ShouldBe(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void ToSimulations_FractionalRate_InjectsPerTenSeconds()
    {
        var simulation = new LoadScenarioOptions { Rate = 0.5 }.ToSimulations().ShouldHaveSingleItem();

        simulation.Rate.ShouldBe(5);
        simulation.Interval.ShouldBe(TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void ToSimulations_NonPositiveRate_ThrowsNamingTheRate(double rate) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new LoadScenarioOptions { Rate = rate }.ToSimulations()).ParamName.ShouldBe("Rate");

    [Fact]
    public void ToSimulations_GivenSimulations_AreUsedAsIs()
    {
        var given = Simulation.IterationsForConstant(2, 10);

        new LoadScenarioOptions { Simulations = [given] }.ToSimulations().ShouldBe([given]);
    }
}
