using System.CommandLine;
using MfaConformance.Cli.Cluster;
using MfaConformance.Cli.Configuration;
using MfaConformance.Cli.Targets;

namespace MfaConformance.Cli.Commands;

/// <summary>`agent --nats URL [--name ID] [--once]`: a load agent of a cluster (see `load --cluster`).</summary>
internal static class AgentCommand
{
    public static Command Create()
    {
        var nats = new Option<string?>("--nats") { Description = "NATS server URL, e.g. nats://127.0.0.1:4222 (required)." };
        var name = new Option<string?>("--name") { Description = "Agent id (letters, digits, '-' and '_'); default the host name and process id." };
        var once = new Option<bool>("--once") { Description = "Exit after one run." };
        var reports = new Option<string?>("--reports") { Description = "Also write this agent's own reports of its segment (report.*, latency.hlog) under this folder; the coordinator writes the merged ones." };
        var maxConcurrency = new Option<int?>("--max-concurrency") { Description = "At most this many iterations in flight on this agent (beyond: dropped and counted). Default 10,000." };
        var version = new Option<string?>("--announce-version") { Description = "Harness version to announce (tests of a mismatched agent only).", Hidden = true };
        var delay = new Option<string?>("--iteration-delay") { Description = "A pause inside every iteration (tests of an agent that cannot keep its rate only).", Hidden = true };
        var schedule = new Option<string?>("--schedule-log") { Description = "Append every measured start this agent schedules to this file (tests recombining the agents' schedules only).", Hidden = true };
        var command = new Command("agent", "Join a load cluster over NATS and run the segments a coordinator assigns.");
        foreach (var option in new Option[] { nats, name, once, reports, maxConcurrency, version, delay, schedule })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            if (result.GetValue(nats) is not { Length: > 0 } url || !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                await error.WriteLineAsync("error: --nats: give the NATS server URL, e.g. nats://127.0.0.1:4222");
                return ExitCodes.Usage;
            }

            var id = result.GetValue(name) ?? $"{Environment.MachineName}-{Environment.ProcessId}";
            if (!id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                await error.WriteLineAsync($"error: --name: '{id}' may hold only letters, digits, '-' and '_'");
                return ExitCodes.Usage;
            }

            if (result.GetValue(maxConcurrency) is < 1)
            {
                await error.WriteLineAsync($"error: --max-concurrency: must be at least 1, got {result.GetValue(maxConcurrency)}");
                return ExitCodes.Usage;
            }

            TimeSpan iterationDelay;
            try
            {
                iterationDelay = result.GetValue(delay) is { } d ? SettingValues.ParseDuration(d, "--iteration-delay") : TimeSpan.Zero;
            }
            catch (SettingsException ex)
            {
                await error.WriteLineAsync($"error: {ex.Message}");
                return ExitCodes.Usage;
            }

            try
            {
                var settings = new AgentSettings(url, id, result.GetValue(version), result.GetValue(once), result.GetValue(reports), result.GetValue(maxConcurrency), iterationDelay) { ScheduleLog = result.GetValue(schedule) };
                await AgentRunner.RunAsync(settings, output, ct);
                return ExitCodes.Ok;
            }
            catch (OperationCanceledException)
            {
                return ExitCodes.Ok;
            }
            catch (NATS.Client.Core.NatsException ex)
            {
                await error.WriteLineAsync($"error: NATS at {url}: {ex.Message}");
                return ExitCodes.Unreachable;
            }
        });
        return command;
    }
}
