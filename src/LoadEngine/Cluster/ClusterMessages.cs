using System.Text.Json;
using System.Text.Json.Serialization;

namespace MfaConformance.LoadEngine.Cluster;

/// <summary>An idle agent's announcement on "{prefix}.hello" (every second until it is assigned).</summary>
public sealed record AgentHello(string AgentId, string Version);

/// <summary>
/// The coordinator's assignment (request on "{prefix}.agent.{id}.assign"): segment <see cref="Index"/> of
/// <see cref="Count"/> of run <see cref="RunId"/>; <see cref="Spec"/> is the host's description of the scenario
/// (the CLI's load options and target) that the agent turns into a run.
/// </summary>
public sealed record AgentAssignment(string RunId, int Index, int Count, string Version, string Spec)
{
    public ExecutionSegment Segment => new(Index, Count);

    /// <summary>The coordinator's grace period for silent agents: the agent retries its final report for longer.</summary>
    public double GraceSeconds { get; init; } = 30;
}

/// <summary>The agent's answer to an assignment.</summary>
public sealed record AssignmentReply(bool Accepted, string? Reason);

/// <summary>"Ready" (init done, waiting for the start) on "{prefix}.run.{runId}.ready".</summary>
public sealed record AgentReady(string AgentId, string? Error);

/// <summary>The agreed start instant (Unix ms) on "{prefix}.run.{runId}.start".</summary>
public sealed record RunStart(long StartAtUnixMs);

/// <summary>An agent's cumulative statistics (request on "{prefix}.run.{runId}.report", acknowledged by the coordinator).</summary>
public sealed record AgentReport(string AgentId, long Sequence, RunSnapshot Snapshot);

/// <summary>The coordinator's stop (on "{prefix}.run.{runId}.abort"): every agent stops and sends its final report.</summary>
public sealed record RunAbort(string Reason);

/// <summary>NATS subjects of one cluster (prefix "mfa" by default) and the JSON of the messages.</summary>
public static class ClusterProtocol
{
    public const string DefaultPrefix = "mfa";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static string Hello(string prefix) => $"{prefix}.hello";

    public static string Assign(string prefix, string agentId) => $"{prefix}.agent.{agentId}.assign";

    public static string Ready(string prefix, string runId) => $"{prefix}.run.{runId}.ready";

    public static string Start(string prefix, string runId) => $"{prefix}.run.{runId}.start";

    public static string Report(string prefix, string runId) => $"{prefix}.run.{runId}.report";

    public static string Abort(string prefix, string runId) => $"{prefix}.run.{runId}.abort";

    /// <summary>A NATS URL fit for a console or report: scheme, host and port, never the user info (credentials).</summary>
    public static string Display(string natsUrl) =>
        Uri.TryCreate(natsUrl, UriKind.Absolute, out var uri) ? MfaConformance.Client.Redaction.AddressDisplay.Of(uri).TrimEnd('/') : "(a NATS URL)";

    public static byte[] Encode<T>(T message) => JsonSerializer.SerializeToUtf8Bytes(message, Json);

    public static T Decode<T>(byte[]? data) =>
        JsonSerializer.Deserialize<T>(data ?? [], Json) ?? throw new JsonException($"empty {typeof(T).Name}");

    /// <summary>The harness version agents and coordinator must share (the engine assembly's informational version).</summary>
    public static string HarnessVersion { get; } =
        typeof(ClusterProtocol).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0";
}
