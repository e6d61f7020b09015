using MfaConformance.LoadEngine.Config;

namespace MfaConformance.LoadEngine.Tests.Config;

public sealed class LoadStageParserTests
{
    [Fact]
    public void RateStages_AreRampingInjects_InOrder()
    {
        var stages = LoadStageParser.Parse(["30s:100/s", "1h30m:100/s, 10s:0/s", "1m:5/10s"]);

        stages.Select(s => s.Kind).ShouldAllBe(k => k == SimulationKind.RampingInject);
        stages.Select(s => (s.During, s.Rate, s.Interval)).ShouldBe([
            (TimeSpan.FromSeconds(30), 100, TimeSpan.FromSeconds(1)),
            (TimeSpan.FromMinutes(90), 100, TimeSpan.FromSeconds(1)),
            (TimeSpan.FromSeconds(10), 0, TimeSpan.FromSeconds(1)),
            (TimeSpan.FromMinutes(1), 5, TimeSpan.FromSeconds(10)),
        ]);
        stages.Select(LoadStageParser.Format).ShouldBe(["30s:100/s", "1h30m:100/s", "10s:0/s", "1m:5/10s"]);
    }

    [Fact]
    public void CopyStages_AreRampingConstants()
    {
        var stages = LoadStageParser.Parse(["20s:10", "1m:10"]);

        stages.Select(s => (s.Kind, s.Copies, s.During)).ShouldBe([
            (SimulationKind.RampingConstant, 10, TimeSpan.FromSeconds(20)),
            (SimulationKind.RampingConstant, 10, TimeSpan.FromMinutes(1)),
        ]);
    }

    [Theory]
    [InlineData("30:100/s", "'30' has no unit: write 30s or 30000ms")]
    [InlineData("30s", "expected DURATION:RATE/s")]
    [InlineData("30s:-5/s", "expected DURATION:RATE/s")]
    [InlineData("30s:0.5/s", "for a fractional rate give a longer unit")]
    [InlineData("0s:10/s", "its duration must be longer than 0")]
    [InlineData("30s:10/week", "the rate's unit '/week' is not /s, /m or a duration")]
    public void BadStage_SaysWhatIsWrong(string text, string message)
    {
        var ex = Should.Throw<LoadConfigException>(() => LoadStageParser.Parse([text]));

        ex.Message.ShouldContain($"stage '{text}'");
        ex.Message.ShouldContain(message);
    }

    [Fact]
    public void MixedModels_AreRefused()
    {
        Should.Throw<LoadConfigException>(() => LoadStageParser.Parse(["10s:10/s", "10s:5"])).Message.ShouldContain("give one kind");
    }
}
