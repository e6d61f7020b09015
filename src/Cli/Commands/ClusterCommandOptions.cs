using System.CommandLine;
using MfaConformance.LoadEngine.Cluster;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Commands;

/// <summary>
/// The options of a coordinated (cluster) load run, shared by `load` and `accept`: add them with <see cref="AddTo"/>,
/// read them with <see cref="Read"/> (null when --cluster is absent; <see cref="SettingsException"/> on bad input).
/// </summary>
internal sealed class ClusterCommandOptions
{
    public Option<string?> Cluster { get; } = new("--cluster") { Description = "Coordinate the load over agents on this NATS server (see the agent command)." };

    public Option<int?> Agents { get; } = new("--agents") { Description = "With --cluster: how many agents share the run (default 1)." };

    public Option<string?> JoinTimeout { get; } = new("--join-timeout") { Description = "With --cluster: how long to wait for the agents (default 1m)." };

    public Option<string?> AgentGrace { get; } = new("--agent-grace") { Description = "With --cluster: how long a silent agent (or a NATS outage) is waited for before the agent is lost; one back within it is re-admitted (default 30s)." };

    public Option<bool> AllowDegraded { get; } = new("--allow-degraded") { Description = "With --cluster: a lost, re-admitted or slow agent, or a NATS outage, marks the run degraded instead of failing it." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Cluster, Agents, JoinTimeout, AgentGrace, AllowDegraded })
        {
            command.Options.Add(option);
        }
    }

    public ClusterOptions? Read(ParseResult result)
    {
        var url = result.GetValue(Cluster);
        var agents = result.GetValue(Agents);
        var joinTimeout = result.GetValue(JoinTimeout);
        var grace = result.GetValue(AgentGrace);
        if (url is null)
        {
            return agents is null && joinTimeout is null && grace is null && !result.GetValue(AllowDegraded)
                ? null
                : throw new SettingsException(agents is not null ? "--agents" : joinTimeout is not null ? "--join-timeout" : grace is not null ? "--agent-grace" : "--allow-degraded", "needs --cluster URL (the NATS server)");
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw new SettingsException("--cluster", $"'{url}' is not a URL, e.g. nats://127.0.0.1:4222");
        }

        if (agents is < 1)
        {
            throw new SettingsException("--agents", $"must be at least 1, got {agents}");
        }

        var defaults = new ClusterOptions(url, agents ?? 1);
        return defaults with
        {
            JoinTimeout = joinTimeout is { } t ? SettingValues.ParseDuration(t, "--join-timeout") : defaults.JoinTimeout,
            AgentGrace = grace is { } g ? SettingValues.ParseDuration(g, "--agent-grace") : defaults.AgentGrace,
            AllowDegraded = result.GetValue(AllowDegraded),
        };
    }
}
