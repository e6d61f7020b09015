using System.CommandLine;
using MfaConformance.Cli.Exploration;
using MfaConformance.Explorer.Exploration;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Commands;

/// <summary>
/// `mfa-conformance explore`: runs generated call programs against the target and holds every answer against a model of
/// the documentation; a contradiction of a must is shrunk and printed as Gherkin, as redacted exchanges with curl replay,
/// and in the reports. Exit 0: no contradiction; 1: a contradiction, or nothing explored; 2: bad usage; 3: unreachable.
/// </summary>
internal static class ExploreCommand
{
    public static Command Create(CliContext context)
    {
        var settings = new SettingOptions(HarnessCommands.Explore, context);
        var replay = new Option<string?>("--replay") { Description = "Run one program, by the seed printed with a contradiction, and print its exchanges." };
        var noShrink = new Option<bool>("--no-shrink") { Description = "Report contradictions as they ran, without shrinking." };
        var command = new Command("explore", "Run generated call programs against the target and hold every answer against a model of the documentation. Exit 0 no contradiction, 1 a contradiction or nothing explored, 2 bad usage, 3 unreachable.");
        settings.AddTo(command);
        command.Options.Add(replay);
        command.Options.Add(noShrink);
        command.SetAction(async (result, ct) =>
        {
            var resolved = settings.Resolve(result);
            await using var telemetry = Telemetry.HarnessTelemetry.Start(resolved, result.InvocationConfiguration.Output, metrics: false);
            var options = new ExploreRunOptions
            {
                Explore = new ExploreOptions
                {
                    Seed = resolved.ExploreSeed,
                    Programs = resolved.ExplorePrograms,
                    Time = resolved.ExploreTime,
                    Shrink = !result.GetValue(noShrink),
                },
                Replay = result.GetValue(replay),
                Output = result.InvocationConfiguration.Output,
            };
            var outcome = await new ExploreStageRunner().RunAsync(resolved, options, ct);
            return outcome.ExitCode;
        });
        return command;
    }
}
