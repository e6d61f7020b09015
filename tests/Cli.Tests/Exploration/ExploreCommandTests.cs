using System.Text.Json;
using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests.Exploration;

/// <summary>`explore` end to end, in-process against the embedded server: its exit codes, the seed it prints, its reports.</summary>
public sealed class ExploreCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Explore_TheConformantServer_ExitsZero_PrintsItsSeed_AndWritesItsReports()
    {
        var run = await CliRun.InAsync(_folder.Path, [], "explore", "--seed", "11", "--programs", "40");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Output + run.Error);
        run.Output.ShouldContain("Explore seed: ");
        run.Output.ShouldContain("Explored 40 programs");
        var json = Directory.GetFiles(Path.Combine(_folder.Path, "reports", "explore"), "explore.json", SearchOption.AllDirectories).ShouldHaveSingleItem();
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        document.RootElement.GetProperty("verdict").GetString().ShouldBe("no-contradiction");
        document.RootElement.GetProperty("programs").GetInt32().ShouldBe(40);
        document.RootElement.GetProperty("musts").GetInt32().ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task Explore_AMutant_ExitsOne_WithTheShrunkProgramAsGherkin()
    {
        var run = await CliRun.InAsync(_folder.Path, [], "explore", "--mutant", "accept-any-otp", "--seed", "11", "--programs", "200");

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        run.Output.ShouldContain("Contradiction: ");
        run.Output.ShouldContain("@documented @rule:");
        run.Output.ShouldContain("Verdict: NOT CONFORMANT");
        var feature = Directory.GetFiles(Path.Combine(_folder.Path, "reports", "explore"), "contradictions.feature", SearchOption.AllDirectories).ShouldHaveSingleItem();
        File.ReadAllText(feature).ShouldContain("Scenario: ");
        Directory.GetFiles(Path.Combine(_folder.Path, "reports", "explore"), "*.txt", SearchOption.AllDirectories).ShouldNotBeEmpty("the exchanges with curl replay");
    }

    [Fact]
    public async Task Explore_ATargetThatIsNotThere_ExitsThreeNamingIt()
    {
        var url = ClosedPort.Url();

        var run = await CliRun.InAsync(_folder.Path, [], "explore", "--target", url.ToString(), "--programs", "5");

        run.ExitCode.ShouldBe(ExitCodes.Unreachable, run.Output + run.Error);
        run.Output.ShouldContain(url.Authority);
    }

    [Theory]
    [InlineData("--time", "5")]
    [InlineData("--programs", "0")]
    [InlineData("--seed", "not a seed!")]
    public async Task Explore_WithABadSetting_ExitsTwoNamingIt(string option, string value)
    {
        var run = await CliRun.InAsync(_folder.Path, [], "explore", option, value);

        run.ExitCode.ShouldBe(ExitCodes.Usage, run.Output + run.Error);
        (run.Output + run.Error).ShouldContain(value == "not a seed!" ? "is not a seed" : option.TrimStart('-'));
    }
}
