using System.Globalization;
using System.Text.RegularExpressions;

namespace MfaConformance.Cli.Tests.Cluster;

/// <summary>Reads a coordinator's console: the merged count of a scenario, the per-agent rows, the reports folder.</summary>
internal static partial class ClusterOutput
{
    public static long Merged(string output, string scenario = "returning_user_login") =>
        long.Parse(Regex.Match(output, $@"Scenario {Regex.Escape(scenario)}: (\d+) ok").Groups[1].Value, CultureInfo.InvariantCulture);

    public static List<AgentLine> AgentRows(string output) =>
        [.. AgentLineRegex().Matches(output).Select(m => new AgentLine(
            m.Groups["agent"].Value,
            m.Groups["scenario"].Value,
            long.Parse(m.Groups["ok"].Value, CultureInfo.InvariantCulture),
            long.Parse(m.Groups["failed"].Value, CultureInfo.InvariantCulture),
            long.Parse(m.Groups["late"].Value, CultureInfo.InvariantCulture),
            long.Parse(m.Groups["dropped"].Value, CultureInfo.InvariantCulture),
            m.Groups["status"].Value.Trim()))];

    public static string ReportFolder(string output) => output.Split("Reports: ")[1].Split('\n')[0].Trim();

    public static int Count(string output, string text) => Regex.Matches(output, Regex.Escape(text)).Count;

    [GeneratedRegex(@"^\s+(?<agent>\S+)\s+(?<scenario>[a-z_]+)\s+ok\s+(?<ok>\d+) failed\s+(?<failed>\d+)\s+\S+/s late\s+(?<late>\d+) dropped\s+(?<dropped>\d+) (?<status>.*)$", RegexOptions.Multiline)]
    private static partial Regex AgentLineRegex();
}

/// <summary>One row of the coordinator's "Agents:" breakdown.</summary>
internal sealed record AgentLine(string Agent, string Scenario, long Ok, long Failed, long Late, long Dropped, string Status)
{
    public long Starts => Ok + Failed + Dropped;
}
