using System.Globalization;
using System.Text.Json;
using MfaConformance.LoadEngine.Histograms;
using MfaConformance.LoadEngine.Reporting;

namespace MfaConformance.LoadEngine.Comparison;

/// <summary>
/// One load run as its report folder holds it (what <c>load --reports DIR</c> writes): <c>report.json</c> for the
/// per-interval counts (ok, failed, length) of every scenario and step, <c>latency.hlog</c> for the per-interval
/// HdrHistograms of ok latency from the intended start. The intervals are what the comparison resamples.
/// </summary>
public sealed record RecordedRun(string Folder, string RunId, DateTimeOffset? StartedUtc, IReadOnlyList<RecordedRow> Rows)
{
    /// <summary>The files a run folder must hold.</summary>
    public const string ReportFile = "report.json";

    /// <summary>Reads a run folder (or the path of its report.json); a folder that is none throws <see cref="LoadConfigException"/> naming what is missing.</summary>
    public static RecordedRun Read(string path, string role = "run")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = File.Exists(path) && Path.GetFileName(path) == ReportFile ? Path.GetDirectoryName(Path.GetFullPath(path))! : Path.GetFullPath(path);
        if (!Directory.Exists(folder))
        {
            throw new LoadConfigException($"{role} '{path}': no such folder (give a load report folder, e.g. reports/load/<run-id>)");
        }

        var json = Path.Combine(folder, ReportFile);
        var hlog = Path.Combine(folder, HlogWriter.FileName);
        if (!File.Exists(json))
        {
            var runs = Directory.Exists(folder)
                ? Directory.EnumerateDirectories(folder).Where(d => File.Exists(Path.Combine(d, ReportFile))).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()
                : [];
            var hint = runs.Count > 0 ? $"; it holds the runs {string.Join(", ", runs.TakeLast(5))}: name one of them" : " (write it with load --reports DIR, format json)";
            throw new LoadConfigException($"{role} '{path}' is no load report folder: it has no {ReportFile}{hint}");
        }

        if (!File.Exists(hlog))
        {
            throw new LoadConfigException($"{role} '{path}' has no {HlogWriter.FileName} (the interval histograms the comparison resamples): was it written by a load run that measured nothing?");
        }

        try
        {
            return Parse(folder, File.ReadAllText(json), File.ReadAllText(hlog));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            throw new LoadConfigException($"{role} '{path}': its {ReportFile} or {HlogWriter.FileName} cannot be read ({ex.Message})");
        }
    }

    /// <summary>Parses the two files' texts.</summary>
    public static RecordedRun Parse(string folder, string reportJson, string hlogText)
    {
        using var doc = JsonDocument.Parse(reportJson);
        var root = doc.RootElement;
        var histograms = ReadHlog(hlogText);
        var rows = new List<RecordedRow>();
        foreach (var scenario in root.GetProperty("scenarios").EnumerateArray())
        {
            var name = scenario.GetProperty("name").GetString()!;
            rows.Add(Row(name, null, scenario.GetProperty("total"), histograms.GetValueOrDefault(name) ?? []));
            foreach (var step in scenario.GetProperty("steps").EnumerateArray())
            {
                var stepName = step.GetProperty("name").GetString()!;
                rows.Add(Row(name, stepName, step, histograms.GetValueOrDefault($"{name}/{stepName}") ?? []));
            }
        }

        DateTimeOffset? started = root.TryGetProperty("startedUtc", out var s) && s.ValueKind == JsonValueKind.String ? s.GetDateTimeOffset() : null;
        return new RecordedRun(folder, root.GetProperty("runId").GetString() ?? Path.GetFileName(folder), started, rows);
    }

    /// <summary>The row of <paramref name="scenario"/> and <paramref name="step"/> (null: the iteration), or null.</summary>
    public RecordedRow? Find(string scenario, string? step) =>
        Rows.FirstOrDefault(r => r.Scenario == scenario && r.Step == step);

    private static RecordedRow Row(string scenario, string? step, JsonElement stats, List<IReadOnlyList<(long Value, long Count)>> latency)
    {
        var intervals = new List<RecordedInterval>();
        foreach (var i in stats.GetProperty("overTime").EnumerateArray())
        {
            intervals.Add(new RecordedInterval(i.GetProperty("okCount").GetInt64(), i.GetProperty("failCount").GetInt64(), i.GetProperty("durationSeconds").GetDouble()));
        }

        return new RecordedRow(scenario, step, intervals, latency);
    }

    /// <summary>The interval histograms of an .hlog, by tag, each as its (value µs, count) pairs.</summary>
    internal static Dictionary<string, List<IReadOnlyList<(long Value, long Count)>>> ReadHlog(string text)
    {
        var result = new Dictionary<string, List<IReadOnlyList<(long, long)>>>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == '"')
            {
                continue;
            }

            var fields = line.Split(',');
            var tag = fields[0].StartsWith("Tag=", StringComparison.Ordinal) ? fields[0][4..] : string.Empty;
            var histogram = HistogramCodec.Decode(Convert.FromBase64String(fields[^1]));
            var values = new List<(long, long)>();
            foreach (var v in histogram.RecordedValues())
            {
                values.Add((v.ValueIteratedTo, v.CountAtValueIteratedTo));
            }

            if (!result.TryGetValue(tag, out var list))
            {
                result[tag] = list = [];
            }

            list.Add(values);
        }

        return result;
    }

    internal static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>One scenario's iterations (<see cref="Step"/> null) or one of its steps: its intervals' counts and latency histograms.</summary>
public sealed record RecordedRow(string Scenario, string? Step, IReadOnlyList<RecordedInterval> Intervals, IReadOnlyList<IReadOnlyList<(long Value, long Count)>> Latency)
{
    /// <summary>"scenario" or "scenario/step".</summary>
    public string Key => Step is null ? Scenario : $"{Scenario}/{Step}";
}

/// <summary>One reporting interval's counts.</summary>
public sealed record RecordedInterval(long Ok, long Fail, double Seconds);
