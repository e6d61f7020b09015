using System.Text.Json;

namespace MfaConformance.Cli.Cluster;

/// <summary>What the coordinator tells every agent to run (the assignment's spec): target, scenario, shape, data seed.</summary>
internal sealed record ClusterSpec(string TargetUrl, string? Brand, string Scenario, double Rate, long DurationTicks, long WarmUpTicks, int Seed, int? Customers)
{
    /// <summary>The coordinator's LoadEngine config file, if any: agents apply its shape and timing (not its thresholds or reports).</summary>
    public string? LoadConfigJson { get; init; }

    /// <summary>True when the coordinator's rate or duration came from an option or variable: they beat the load config's simulations on every agent too.</summary>
    public bool ShapeFromSpec { get; init; }

    /// <summary>The coordinator's per-request timeout (ticks) and response-size limit: every agent calls the target alike.</summary>
    public long? TimeoutTicks { get; init; }

    /// <summary>The coordinator's response-size limit (bytes); null: the default.</summary>
    public long? MaxResponseBytes { get; init; }

    /// <summary>The coordinator's OTLP endpoint: agents without one of their own export their metrics and spans there, with their name as the attribute agent.</summary>
    public string? OtlpEndpoint { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ClusterSpec FromJson(string json) =>
        JsonSerializer.Deserialize<ClusterSpec>(json, Json) ?? throw new JsonException("empty cluster spec");
}
