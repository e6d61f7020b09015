using System.CommandLine;
using MfaConformance.Cli.Cluster;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Commands;

/// <summary>
/// `agent --nats URL [--name ID] [--once]`: a load agent of a cluster (see `load --cluster`). Its own configuration file
/// and MFA_* variables apply under the coordinator's target. An unreachable NATS server is exit 3, naming it.
/// </summary>
internal static class AgentCommand
{
    public static Command Create(CliContext context)
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
            if (result.GetValue(nats) is not { Length: > 0 } url || !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                throw new SettingsException("--nats", "give the NATS server URL, e.g. nats://127.0.0.1:4222");
            }

            var id = result.GetValue(name) ?? $"{Environment.MachineName}-{Environment.ProcessId}";
            if (!id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw new SettingsException("--name", $"'{id}' may hold only letters, digits, '-' and '_'");
            }

            if (result.GetValue(maxConcurrency) is < 1)
            {
                throw new SettingsException("--max-concurrency", $"must be at least 1, got {result.GetValue(maxConcurrency)}");
            }

            var iterationDelay = result.GetValue(delay) is { } d ? SettingValues.ParseDurationOrZero(d, "--iteration-delay") : TimeSpan.Zero;
            var harness = SettingsResolver.Resolve(new SettingsRequest { Command = HarnessCommands.Agent, Environment = context.Environment, CurrentDirectory = context.CurrentDirectory });
            await NatsProbe.EnsureReachableAsync(url, ct);
            var settings = new AgentSettings(url, id, result.GetValue(version), result.GetValue(once), result.GetValue(reports), result.GetValue(maxConcurrency), iterationDelay)
            {
                ScheduleLog = result.GetValue(schedule),
                Harness = harness,
            };
            try
            {
                await AgentRunner.RunAsync(settings, output, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Ctrl+C: the agent leaves the cluster.
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
