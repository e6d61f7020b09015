using System.Globalization;
using System.Text;

namespace MfaConformance.LoadEngine.Reporting;

/// <summary>The "Agents" section of a cluster run's report (Markdown and HTML); nothing for a one-machine run.</summary>
internal static class AgentSection
{
    private const string Intro = "A cluster run: the figures below are the exact merge of these agents' HdrHistograms and counts.";

    public static void Markdown(StringBuilder sb, LoadReport report, Func<string, string> escape)
    {
        if (report.Agents.Count == 0)
        {
            return;
        }

        sb.Append("## Agents\n\n").Append(Intro).Append("\n\n");
        sb.Append("| agent | segment | scenario | ok | failed | achieved iterations/s | late starts | dropped starts | status |\n|---|---|---|--:|--:|--:|--:|--:|---|\n");
        foreach (var a in report.Agents)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {escape(a.Agent)} | {a.Segment} | {escape(a.Scenario)} | {a.Ok} | {a.Failed} | {a.AchievedPerSecond:0.0} | {a.LateStarts} | {a.DroppedStarts} | {escape(a.Status)} |\n");
        }

        sb.Append('\n');
    }

    public static void Html(StringBuilder sb, LoadReport report, Func<string, string> escape)
    {
        if (report.Agents.Count == 0)
        {
            return;
        }

        sb.Append("<h2>Agents</h2><p class=\"note\">").Append(Intro).Append("</p>");
        sb.Append("<table><tr><th class=\"l\">agent</th><th>segment</th><th class=\"l\">scenario</th><th>ok</th><th>failed</th><th>achieved iterations/s</th><th>late starts</th><th>dropped starts</th><th class=\"l\">status</th></tr>");
        foreach (var a in report.Agents)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"l\">{escape(a.Agent)}</td><td>{a.Segment}</td><td class=\"l\">{escape(a.Scenario)}</td><td>{a.Ok}</td><td>{a.Failed}</td><td>{a.AchievedPerSecond:0.0}</td><td>{a.LateStarts}</td><td>{a.DroppedStarts}</td><td class=\"l\">{escape(a.Status)}</td></tr>");
        }

        sb.Append("</table>");
    }
}
