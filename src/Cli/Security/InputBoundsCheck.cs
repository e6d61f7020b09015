using System.Globalization;
using System.Text.Json.Nodes;
using MfaConformance.Client.Endpoints;
using MfaConformance.Client.Exchange;

namespace MfaConformance.Cli.Security;

/// <summary>
/// Check 7, input bounds: an identifier, a device id and a password of 64 KB and more sent to every endpoint, and
/// first-factor calls each with a new 60 KB identifier (under a 64 KB body limit): what the target answers, whether it
/// takes them (a success stores a session, and for a new identifier a customer), and on the embedded server the growth
/// of its heap. ASVS 4.0 5.1.4 (structured data is checked, including length); the issue measured +83 MiB in 1.1 s for 300 such calls before the reference server bounded them.
/// </summary>
internal static class InputBoundsCheck
{
    public const string Name = "input-bounds";

    private const int Oversize = 64 * 1024 + 64;
    private const int Inside = 60 * 1024;

    private static readonly string[] Fields = ["identifierValue", "deviceId", "password"];

    public static async Task<IReadOnlyList<SecurityCheckResult>> RunAsync(SecurityProbe probe, SecurityOptions options, CancellationToken ct)
    {
        var answers = new Dictionary<string, int>(StringComparer.Ordinal);
        var accepted = new List<string>();
        ExchangeRecord? example = null;
        ExchangeRecord? firstAccepted = null;
        foreach (var endpoint in ApiEndpoints.All)
        {
            foreach (var field in Fields)
            {
                var body = Body(probe, field, new string('9', Oversize));
                var answer = await probe.Api.SendRawAsync(endpoint, body, ct);
                var key = answer.StatusCode == 0 ? "no answer" : $"HTTP {answer.StatusCode}{(answer.Status?.Code is { } c ? $"/{c}" : string.Empty)}";
                answers[key] = answers.GetValueOrDefault(key) + 1;
                example ??= answer.Exchange;
                if (answer.IsSuccess)
                {
                    accepted.Add($"{endpoint.ShortName} {field}");
                    firstAccepted ??= answer.Exchange;
                }
            }
        }

        var rows = new List<SecurityCheckResult>
        {
            new()
            {
                Check = Name, Id = "7a", Item = "ASVS 4.0 5.1.4", Title = "Identifiers, device ids and passwords of 64 KB and more, on every endpoint",
                Verdict = accepted.Count > 0 ? SecurityVerdict.Finding : SecurityVerdict.Pass,
                Figure = $"{answers.Values.Sum()} calls ({ApiEndpoints.All.Count} endpoints × {Fields.Length} fields, {Oversize:N0} characters): "
                    + string.Join(", ", answers.OrderByDescending(a => a.Value).Select(a => $"{a.Value} × {a.Key}"))
                    + (accepted.Count > 0 ? $"; TAKEN: {string.Join(", ", accepted.Take(5))}" : "; none taken"),
                Method = "Exact: a success answer means the value was taken.",
                Evidence = SecurityEvidence.Of(firstAccepted ?? example), Curl = SecurityEvidence.Curl(firstAccepted ?? example),
            },
        };

        var before = options.Embedded ? GC.GetTotalMemory(forceFullCollection: true) : 0;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var taken = 0;
        ExchangeRecord? growth = null;
        for (var i = 0; i < options.GrowthCalls; i++)
        {
            var p = probe.NewPerson();
            var body = Body(probe, "identifierValue", p.Value + new string('7', Inside - p.Value.Length));
            body.Remove("sessionId");
            var answer = await probe.Api.SendRawAsync(ApiEndpoints.TokenGenerate, body, ct);
            growth ??= answer.Exchange;
            if (answer.IsSuccess)
            {
                taken++;
                growth = taken == 1 ? answer.Exchange : growth;
            }
        }

        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var grown = options.Embedded ? (GC.GetTotalMemory(forceFullCollection: true) - before) / (1024.0 * 1024) : double.NaN;
        rows.Add(new()
        {
            Check = Name,
            Id = "7b",
            Item = "ASVS 4.0 5.1.4",
            Title = "First-factor calls with new 60 KB identifiers: does the target store them?",
            Verdict = taken > 0 ? SecurityVerdict.Finding : SecurityVerdict.Pass,
            Figure = string.Create(CultureInfo.InvariantCulture,
                $"{options.GrowthCalls} calls in {elapsed.TotalSeconds:0.0} s: {taken} taken (each stores a customer and a session)")
                + (options.Embedded ? string.Create(CultureInfo.InvariantCulture, $"; the embedded server's process heap {(grown >= 0 ? "+" : string.Empty)}{grown:0.0} MiB") : "; heap not measured (external target)"),
            Method = "Exact count of successes; on the embedded server the managed heap after a full collection, before and after.",
            Evidence = SecurityEvidence.Of(growth),
            Curl = SecurityEvidence.Curl(growth),
        });
        return rows;
    }

    private static JsonObject Body(SecurityProbe probe, string field, string value)
    {
        var p = probe.NewPerson();
        var body = new JsonObject
        {
            ["identifierType"] = SecurityPerson.Type,
            ["identifierValue"] = p.Value,
            ["deviceId"] = p.Device,
            ["brand"] = p.Brand,
            ["sessionId"] = "P-00000000-0000-0000-0000-000000000000",
            ["password"] = "Bounds!Passw0rd-1",
            ["confirmPassword"] = "Bounds!Passw0rd-1",
        };
        body[field] = value;
        if (field == "password")
        {
            body["confirmPassword"] = value;
        }

        return body;
    }
}
