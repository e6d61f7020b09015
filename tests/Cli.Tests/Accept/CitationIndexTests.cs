using MfaConformance.Bdd;
using MfaConformance.Bdd.Results;
using MfaConformance.Cli.Accept;
using MfaConformance.Cli.Tests.Support;
namespace MfaConformance.Cli.Tests.Accept;

public sealed class CitationIndexTests : IDisposable
{
    private const string Feature = """
        Feature: Flow

          # spec: 1.5, E11
          @documented
          Scenario: Plain
            Given something

          # spec: E13, #3
          @documented
          Scenario Outline: Outline <x>
            Given <x>

            Examples:
              | x |
              | a |

            # spec: §3 1528
            @inferred
            Examples:
              | x |
              | b |

          @hardening
          Scenario: Uncited
            Given nothing
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(5, "1.5, E11")]
    [InlineData(15, "E13, #3")]
    [InlineData(21, "§3 1528")]
    [InlineData(25, "(no citation)")]
    public void For_PickleLine_GivesTheCommentAboveItsScenarioOrExamples(int line, string expected)
    {
        _folder.Write("features/x.feature", Feature);
        var run = FakeRuns.Run(FakeRuns.Scenario("s", "documented", TestOutcome.Passed, pickleId: $"features/x.feature:{line}"));

        var index = CitationIndex.Build(run, [_folder.Path]);

        index.For($"features/x.feature:{line}").ShouldBe(expected);
    }
}
