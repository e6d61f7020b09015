using System.Globalization;
using System.Text;

namespace MfaConformance.LoadEngine.Cluster;

/// <summary>The per-agent breakdown of a cluster run (agents.md beside the merged reports, and the console).</summary>
internal static class AgentBreakdown
{
    public const string FileName = "agents.md";

    public static string Write(string folder, IReadOnlyList<AgentRow> rows, IReadOnlyList<string> faults)
    {
        var text = new StringBuilder();
        text.AppendLine("# Agents of the cluster run").AppendLine();
        text.AppendLine("The merged figures (report.*) are the exact merge of these agents' HdrHistograms and counts.").AppendLine();
        text.AppendLine("| agent | segment | scenario | ok | failed | achieved iterations/s | late starts | dropped starts | status |");
        text.AppendLine("|---|---|---|--:|--:|--:|--:|--:|---|");
        foreach (var r in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Agent.Id} | {r.Agent.Index + 1}/{rows.Select(x => x.Agent.Id).Distinct().Count()} | {r.Scenario} | {r.Ok} | {r.Failed} | {r.AchievedPerSecond:0.0} | {r.Late} | {r.Dropped} | {r.Status} |");
        }

        text.AppendLine().AppendLine("## Faults").AppendLine();
        if (faults.Count == 0)
        {
            text.AppendLine("None.");
        }

        foreach (var fault in faults)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {fault}");
        }

        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, text.ToString());
        return path;
    }

    public static void Print(TextWriter console, IReadOnlyList<AgentRow> rows)
    {
        console.WriteLine("Agents:");
        foreach (var r in rows)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {r.Agent.Id,-24} {r.Scenario,-24} ok {r.Ok,8} failed {r.Failed,6} {r.AchievedPerSecond,8:0.0}/s late {r.Late,5} dropped {r.Dropped,5} {r.Status}"));
        }
    }
}
