using System.Text.Json;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Accept;

/// <summary>
/// `accept --baseline BUNDLE`: this run's requirements next to those of an earlier bundle (its folder or its accept.json),
/// matched by level, feature and scenario: newly failing (failed now, not before), newly passing (passed now, not before),
/// added (only now) and removed (only before). On the acceptance page and in accept.json ("baseline").
/// </summary>
internal sealed record AcceptBaseline(string RunId, string Path, IReadOnlyList<RequirementChange> NewlyFailing, IReadOnlyList<RequirementChange> NewlyPassing, IReadOnlyList<RequirementChange> Added, IReadOnlyList<RequirementChange> Removed)
{
    /// <summary>The earlier bundle's run id and requirements; a path that is no bundle is bad usage naming it.</summary>
    public static (string RunId, string Path, IReadOnlyList<RequirementChange> Requirements) Read(string path)
    {
        var file = Directory.Exists(path) ? System.IO.Path.Combine(path, AcceptJsonWriter.FileName) : path;
        if (!File.Exists(file))
        {
            throw new SettingsException(SettingsTable.Baseline.Option!, $"'{path}' is no accept bundle: it has no {AcceptJsonWriter.FileName}");
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var root = doc.RootElement;
            var requirements = root.GetProperty("requirements").EnumerateArray()
                .Select(r => new RequirementChange(Text(r, "level"), Text(r, "feature"), Text(r, "scenario"), Text(r, "outcome"), null))
                .ToList();
            return (Text(root, "runId"), System.IO.Path.GetFullPath(file), requirements);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new SettingsException(SettingsTable.Baseline.Option!, $"'{file}' is no accept.json of an accept bundle ({ex.Message})");
        }
    }

    /// <summary>The differences between the earlier requirements and this run's.</summary>
    public static AcceptBaseline Diff(string runId, string path, IReadOnlyList<RequirementChange> before, IReadOnlyList<RequirementResult> now)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(now);
        static string Key(string level, string feature, string scenario) => $"{level}\u0001{feature}\u0001{scenario}";

        // outline rows may share a name: the n-th of a key pairs with the n-th
        var earlier = before.GroupBy(r => Key(r.Level, r.Feature, r.Scenario), StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<RequirementChange>(g), StringComparer.Ordinal);
        List<RequirementChange> failing = [], passing = [], added = [];
        foreach (var r in now)
        {
            if (!earlier.TryGetValue(Key(r.Level, r.Feature, r.Scenario), out var queue) || queue.Count == 0)
            {
                added.Add(new RequirementChange(r.Level, r.Feature, r.Scenario, null, r.Outcome));
                continue;
            }

            var was = queue.Dequeue();
            if (r.Outcome == "failed" && was.Before != "failed")
            {
                failing.Add(was with { Before = was.Before, After = r.Outcome });
            }
            else if (r.Outcome == "passed" && was.Before != "passed")
            {
                passing.Add(was with { Before = was.Before, After = r.Outcome });
            }
        }

        var removed = earlier.Values.SelectMany(q => q).Select(r => r with { After = null }).ToList();
        return new AcceptBaseline(runId, path, failing, passing, added, removed);
    }

    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new InvalidOperationException($"\"{name}\" is null");
}

/// <summary>One requirement in the baseline and in this run: its outcome before and after (null: absent).</summary>
internal sealed record RequirementChange(string Level, string Feature, string Scenario, string? Before, string? After);
