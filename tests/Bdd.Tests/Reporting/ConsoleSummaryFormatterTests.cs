using MfaConformance.Bdd.Tests.Runtime;

namespace MfaConformance.Bdd.Tests.Reporting;

public sealed class ConsoleSummaryFormatterTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Write_Outcomes_ListsNonPassedScenariosAndTotals(bool colored)
    {
        var result = await RuntimeFactory.Create("Outcomes.feature").RunAsync();
        using var writer = new StringWriter();

        ConsoleSummaryFormatter.Write(result, writer, colored);

        var text = writer.ToString();
        text.ShouldContain("FAILED    Outcomes: Failing step: Step 'Then the result should be 99' failed");
        text.ShouldContain("5 scenario(s): 1 failed, 1 undefined, 1 ambiguous, 1 pending, 1 skipped");
        text.Contains('\u001b').ShouldBe(colored);
    }
}
