using System.Globalization;
using System.Text.Json.Nodes;
using MfaConformance.Client.Exchange;
using MfaConformance.Client.Responses;

namespace MfaConformance.Cli.Security;

/// <summary>
/// The answers of one group of an enumeration or timing comparison: status, code, the body with every credential
/// masked (so two bodies compare by what they say, not by their random tokens), its length and the time taken.
/// </summary>
internal sealed class AnswerGroup(string label)
{
    private readonly List<(int Status, int? Code, string Body)> _answers = [];

    public string Label { get; } = label;

    public List<double> Milliseconds { get; } = [];

    public ExchangeRecord? Example { get; private set; }

    public int Count => _answers.Count;

    public void Add(ApiResponse answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        _answers.Add((answer.StatusCode, answer.Status?.Code, Normalize(answer)));
        Milliseconds.Add(answer.Elapsed.TotalMilliseconds);
        Example ??= answer.Exchange;
    }

    public int ModalStatus => _answers.GroupBy(a => a.Status).MaxBy(g => g.Count())!.Key;

    public int? ModalCode => _answers.GroupBy(a => a.Code).MaxBy(g => g.Count())!.Key;

    public string ModalBody => _answers.GroupBy(a => a.Body, StringComparer.Ordinal).MaxBy(g => g.Count())!.Key;

    public double MedianLength => _answers.Select(a => (double)a.Body.Length).Order().ElementAt(_answers.Count / 2);

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Label}: HTTP {ModalStatus}, code {ModalCode?.ToString(CultureInfo.InvariantCulture) ?? "none"}, {MedianLength:0} bytes, 10th percentile {SecurityStatistics.Quantile(Milliseconds, 0.1):0.###} ms");

    /// <summary>The JSON paths whose values differ between the two groups' usual answers (empty: the same answer).</summary>
    public static IReadOnlyList<string> Differences(AnswerGroup a, AnswerGroup b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var left = Flatten(JsonNode.Parse(a.ModalBody));
        var right = Flatten(JsonNode.Parse(b.ModalBody));
        var paths = left.Keys.Union(right.Keys).Where(k => left.GetValueOrDefault(k) != right.GetValueOrDefault(k)).Order(StringComparer.Ordinal).ToList();
        if (a.ModalStatus != b.ModalStatus)
        {
            paths.Insert(0, "HTTP status");
        }

        return paths;
    }

    private static string Normalize(ApiResponse answer)
    {
        var json = answer.RedactedJson ?? JsonValue.Create(answer.RedactedBody);
        if (json is JsonObject { } o && o["user"] is JsonObject user && user["sessionId"] is JsonValue)
        {
            user["sessionId"] = "***";
        }

        return json?.ToJsonString() ?? "null";
    }

    private static Dictionary<string, string> Flatten(JsonNode? node, string path = "$", Dictionary<string, string>? into = null)
    {
        into ??= new Dictionary<string, string>(StringComparer.Ordinal);
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    Flatten(value, $"{path}.{key}", into);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Flatten(array[i], $"{path}[{i}]", into);
                }

                break;
            default:
                into[path] = node?.ToJsonString() ?? "null";
                break;
        }

        return into;
    }
}
