using MfaConformance.LoadEngine.Thresholds;

namespace MfaConformance.LoadEngine.Config;

/// <summary>
/// Load shape as data (NBomber's config file). JSON: <c>{"global":{...},"scenarios":{"name":{...}}}</c>;
/// see <see cref="LoadConfigParser"/> for every key. Null members leave the code's settings alone.
/// </summary>
public sealed record LoadConfig
{
    /// <summary>"global.reportFolder".</summary>
    public string? ReportFolder { get; init; }

    /// <summary>"global.reportFormats" (html, md, csv, json).</summary>
    public IReadOnlyList<ReportFormat>? ReportFormats { get; init; }

    /// <summary>"global.reportingInterval".</summary>
    public TimeSpan? ReportingInterval { get; init; }

    /// <summary>"global.maxConcurrency".</summary>
    public int? MaxConcurrency { get; init; }

    /// <summary>"global.overloadStopAfter" (a duration, or "off").</summary>
    public TimeSpan? OverloadStopAfter { get; init; }

    /// <summary>True when "global.overloadStopAfter" is "off".</summary>
    public bool OverloadStopOff { get; init; }

    /// <summary>"global.lateStartBound".</summary>
    public TimeSpan? LateStartBound { get; init; }

    /// <summary>"global.consoleProgress".</summary>
    public bool? ConsoleProgress { get; init; }

    /// <summary>"global.thresholds".</summary>
    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    /// <summary>"scenarios", by scenario name.</summary>
    public IReadOnlyDictionary<string, ScenarioLoadConfig> Scenarios { get; init; } = new Dictionary<string, ScenarioLoadConfig>();

    /// <summary>Parses JSON text; errors name the bad key or value.</summary>
    public static LoadConfig Parse(string json) => LoadConfigParser.Parse(json);

    /// <summary>Reads and parses a JSON file; errors name the file and the bad key or value.</summary>
    public static LoadConfig Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new LoadConfigException($"load config file '{path}' does not exist");
        }

        try
        {
            return LoadConfigParser.Parse(File.ReadAllText(path));
        }
        catch (LoadConfigException ex)
        {
            throw new LoadConfigException($"load config '{path}': {ex.Message}", ex);
        }
    }
}
