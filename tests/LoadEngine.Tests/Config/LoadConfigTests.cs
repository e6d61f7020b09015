using MfaConformance.LoadEngine.Config;
using MfaConformance.LoadEngine.Tests.Support;
using MfaConformance.LoadEngine.Thresholds;

namespace MfaConformance.LoadEngine.Tests.Config;

public sealed class LoadConfigTests
{
    private const string Example = """
        {
          "global": { "reportFolder": "out/load", "reportFormats": ["html", "json"], "reportingInterval": "500ms",
                      "maxConcurrency": 50, "lateStartBound": "250ms", "consoleProgress": false,
                      "thresholds": [ { "expr": "fail_rate < 5%", "abortOnFail": true, "startCheckAfter": "5s" } ] },
          "scenarios": {
            "returning_user_login": {
              "warmUp": "3s", "maxFailCount": 1000,
              "simulations": [ { "inject": { "rate": 50, "interval": "1s", "during": "30s" } }, { "pause": { "during": "2s" } },
                               { "keepConstant": { "copies": 4, "during": "1m" } } ],
              "thresholds": [ "p99 < 500ms", "fail_rate < 1%" ]
            }
          }
        }
        """;

    [Fact]
    public void Parse_Example_ReadsEveryKey()
    {
        var config = LoadConfig.Parse(Example);

        config.ReportFolder.ShouldBe("out/load");
        config.ReportFormats.ShouldBe([ReportFormat.Html, ReportFormat.Json]);
        config.ReportingInterval.ShouldBe(TimeSpan.FromMilliseconds(500));
        config.MaxConcurrency.ShouldBe(50);
        config.LateStartBound.ShouldBe(TimeSpan.FromMilliseconds(250));
        config.ConsoleProgress.ShouldBe(false);
        var global = config.Thresholds.ShouldHaveSingleItem();
        global.AbortOnFail.ShouldBeTrue();
        global.StartCheckAfter.ShouldBe(TimeSpan.FromSeconds(5));
        var scenario = config.Scenarios["returning_user_login"];
        scenario.WarmUp.ShouldBe(TimeSpan.FromSeconds(3));
        scenario.MaxFailCount.ShouldBe(1000);
        scenario.Simulations.ShouldBe([
            Simulation.Inject(50, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)),
            Simulation.Pause(TimeSpan.FromSeconds(2)),
            Simulation.KeepConstant(4, TimeSpan.FromMinutes(1)),
        ]);
        scenario.Thresholds.ShouldAllBe(t => t.Scope == ThresholdScope.Scenario && t.ScopeName == "returning_user_login");
    }

    [Theory]
    [InlineData("""{"global":{"reportFolderr":"x"}}""", "$.global: unknown key \"reportFolderr\"")]
    [InlineData("""{"scenarios":{"a":{"warmUp":"3 days"}}}""", "$.scenarios.a.warmUp: '3 days' is not a duration")]
    [InlineData("""{"scenarios":{"a":{"warmUp":"3"}}}""", "$.scenarios.a.warmUp: '3' has no unit: write 3s or 3000ms")]
    [InlineData("""{"scenarios":{"a":{"simulations":[{"inject":{"rate":5,"interval":"1s"}}]}}}""", "$.scenarios.a.simulations[0].inject: missing \"during\"")]
    [InlineData("""{"scenarios":{"a":{"simulations":[{"inject":{"rate":-5,"interval":"1s","during":"1s"}}]}}}""", "$.scenarios.a.simulations[0].inject.rate")]
    [InlineData("""{"scenarios":{"a":{"simulations":[{"teleport":{}}]}}}""", "unknown key \"teleport\"")]
    [InlineData("""{"scenarios":{"a":{"simulations":[{"pause":{"during":"1s"},"inject":{}}]}}}""", "exactly one key")]
    [InlineData("""{"scenarios":{"a":{"thresholds":["p99 <"]}}}""", "$.scenarios.a.thresholds[0]: threshold \"p99 <\" is not valid")]
    [InlineData("""{"global":{"reportFormats":["pdf"]}}""", "$.global.reportFormats[0]: unknown report format \"pdf\"")]
    [InlineData("""{"global":{"maxConcurrency":"many"}}""", "$.global.maxConcurrency: expected a whole number")]
    [InlineData("""{"global": """, "not valid JSON")]
    public void Parse_BadConfig_NamesTheBadKeyOrValue(string json, string expected)
    {
        var ex = Should.Throw<LoadConfigException>(() => LoadConfig.Parse(json));

        ex.Message.ShouldContain(expected);
    }

    [Fact]
    public async Task WithConfig_ScenarioSection_OverridesSimulationsAndAddsThresholds()
    {
        var scenario = Scenario.Create("configured", _ => Task.FromResult(Response.Ok()))
            .WithLoadSimulations(Simulation.IterationsForConstant(1, 1));
        var config = LoadConfig.Parse("""{"scenarios":{"configured":{"simulations":[{"iterationsForConstant":{"copies":2,"iterations":7}}],"thresholds":["ok_count == 7"]}}}""");

        var result = await TestRuns.Builder(TestRuns.VirtualClock(), scenario).WithConfig(config).RunAsync();

        result.Stats.Scenarios[0].Total.Ok.Count.ShouldBe(7);
        var threshold = result.ThresholdResults.ShouldHaveSingleItem();
        threshold.Passed.ShouldBeTrue();
        threshold.Expression.ShouldBe("ok_count == 7 [scenario=configured]");
    }

    [Fact]
    public void WithConfig_UnregisteredScenario_NamesIt()
    {
        var scenario = Scenario.Create("known", _ => Task.FromResult(Response.Ok())).WithLoadSimulations(Simulation.IterationsForConstant(1, 1));
        var config = LoadConfig.Parse("""{"scenarios":{"unknown_one":{"warmUp":"1s"}}}""");

        var ex = Should.Throw<LoadConfigException>(() => LoadRunner.RegisterScenarios(scenario).WithConfig(config));

        ex.Message.ShouldContain("'unknown_one'");
        ex.Message.ShouldContain("known");
    }

    [Fact]
    public void Load_MissingFile_SaysSo()
    {
        var ex = Should.Throw<LoadConfigException>(() => LoadConfig.Load("/nonexistent/load.json"));

        ex.Message.ShouldContain("/nonexistent/load.json");
    }

    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("30s", 30_000)]
    [InlineData("2m", 120_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("1.5s", 1_500)]
    [InlineData("250us", 0.25)]
    [InlineData("1h30m", 5_400_000)]
    [InlineData("1m30s", 90_000)]
    [InlineData("0", 0)]
    public void DurationParser_Parse_ReadsUnits(string text, double milliseconds)
    {
        DurationParser.Parse(text).TotalMilliseconds.ShouldBe(milliseconds);
    }

    [Theory]
    [InlineData("5", "'5' has no unit: write 5s or 5000ms")]
    [InlineData("1.5", "'1.5' has no unit: write 1.5s or 1500ms")]
    [InlineData("5 parsecs", "'5 parsecs' is not a duration (write e.g. 500ms, 30s, 10m, 1h30m)")]
    [InlineData("-1s", "'-1s' is not a duration")]
    public void DurationParser_Parse_BadText_SaysWhatIsWrong(string text, string problem) =>
        Should.Throw<LoadConfigException>(() => DurationParser.Parse(text, "x")).Message.ShouldStartWith($"x: {problem}");

    [Theory]
    [InlineData(5_400_000, "1h30m")]
    [InlineData(90_000, "1m30s")]
    [InlineData(30_000, "30s")]
    [InlineData(500, "500ms")]
    public void DurationParser_Format_WritesTheGrammarBack(double milliseconds, string text)
    {
        DurationParser.Format(TimeSpan.FromMilliseconds(milliseconds)).ShouldBe(text);
        DurationParser.Parse(text).ShouldBe(TimeSpan.FromMilliseconds(milliseconds));
    }
}
