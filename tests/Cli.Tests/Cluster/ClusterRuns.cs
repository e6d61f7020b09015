using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests.Cluster;

/// <summary>
/// What one cluster test starts and removes: its agent processes and its folder, and the coordinator (`load --cluster`)
/// run in this process. Each test also has its own nats-server on a free port, so the cluster test classes run beside
/// each other and beside the rest of the assembly: their runs mostly wait on fixed durations.
/// </summary>
internal sealed class ClusterRuns : IDisposable
{
    public TempFolder Folder { get; } = new();

    public List<AgentProcess> Agents { get; } = [];

    public void StartAgents(NatsServer nats, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            Agents.Add(AgentProcess.Start(nats.Url, $"agent-{i}"));
        }
    }

    /// <summary>
    /// Coordinates a run once every agent started so far is connected to NATS: the join timeouts under test then
    /// measure the coordinator and the protocol, not how long a busy machine takes to start an agent process.
    /// </summary>
    public Task<CliRun> CoordinateAsync(NatsServer nats, int agents, params string[] extra) => CoordinateAsync(nats, agents, extra, output: null);

    /// <param name="output">Where the coordinator writes its console (a <see cref="SignallingWriter"/> to act on a line); null: captured.</param>
    public async Task<CliRun> CoordinateAsync(NatsServer nats, int agents, string[] extra, TextWriter? output)
    {
        await Task.WhenAll(Agents.Select(a => a.WaitForAsync(") joined nats://", TimeSpan.FromMinutes(2))));
        string[] args = ["load", "--cluster", nats.Url, "--agents", agents.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-progress", "--warm-up", "0s", "--reports", Folder.Path, .. extra];
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return await CliRun.RunAsync(args, timeout.Token, output);
    }

    public void Dispose()
    {
        foreach (var agent in Agents)
        {
            agent.Dispose();
        }

        Folder.Dispose();
    }
}
