using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using MfaConformance.LoadEngine.Reporting;

namespace MfaConformance.LoadEngine.Comparison;

/// <summary>Writes a <see cref="RunComparison"/> as compare.md, compare.json and compare.html (the latency distributions of both runs overlaid), and a console summary.</summary>
public static class ComparisonReport
{
    /// <summary>The files' names.</summary>
    public const string Markdown = "compare.md";

    /// <summary>The JSON file's name.</summary>
    public const string Json = "compare.json";

    /// <summary>The HTML page's name.</summary>
    public const string Html = "compare.html";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Writes the three files into <paramref name="folder"/> (created); returns their paths.</summary>
    public static IReadOnlyList<string> Write(RunComparison comparison, string folder)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var (name, content) in new[] { (Markdown, RenderMarkdown(comparison)), (Json, RenderJson(comparison)), (Html, RenderHtml(comparison)) })
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, content, new UTF8Encoding(false));
            files.Add(path);
        }

        return files;
    }

    /// <summary>What the test is, for every format.</summary>
    public static string Method(ComparisonOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ci = CultureInfo.InvariantCulture;
        return string.Join(
            ' ',
            string.Create(ci, $"Verdicts: a permutation test over the reporting intervals of both runs ({options.Resamples} shuffles of the pooled intervals per figure, continued for a figure that may be flagged until its p-value can reach a quarter of Holm's first step),"),
            string.Create(ci, $"its p-values adjusted by Holm's step-down over every figure of the comparison, so that runs of one system flag any figure at most {(1 - options.Confidence) * 100:0.#}% of the time: a figure is a regression or an improvement when its adjusted p-value is below {(1 - options.Confidence) * 100:0.#}%"),
            string.Create(ci, $"and the change is at least {options.MinRelativeChange * 100:0.#}% (latency, throughput) or {options.MinErrorRateChange * 100:0.##} percentage points (error rate); otherwise no difference."),
            string.Create(ci, $"The interval of each change is a {options.Confidence * 100:0.#}% block bootstrap over each run's intervals. Figures of a row with fewer than {options.MinIntervals} intervals on a side are not judged."),
            "Latency is the ok calls' latency from the intended start.");
    }

    /// <summary>A few lines for the console: the regressions and improvements, the count of the rest, the limits.</summary>
    public static void WriteSummary(TextWriter output, RunComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(comparison);
        var judged = comparison.JudgedFigures.ToList();
        output.WriteLine($"Compared {comparison.Current.RunId} with the baseline {comparison.Baseline.RunId}: {judged.Count} figures, {judged.Count(x => x.Figure.Verdict == Verdict.NoDifference)} no difference, "
            + $"{judged.Count(x => x.Figure.Verdict == Verdict.Regression)} regression(s), {judged.Count(x => x.Figure.Verdict == Verdict.Improvement)} improvement(s).");
        foreach (var (row, figure) in judged.Where(x => x.Figure.Verdict != Verdict.NoDifference))
        {
            output.WriteLine($"  {figure.Verdict.Text(),-12} {row.Key} {figure.Name}: {Value(figure.Figure, figure.Baseline)} -> {Value(figure.Figure, figure.Current)} ({Change(figure)})");
        }

        foreach (var row in comparison.Rows.Where(r => r.Presence != RowPresence.Both))
        {
            output.WriteLine($"  {(row.Presence == RowPresence.Added ? "added" : "removed"),-12} {row.Key} (only in the {(row.Presence == RowPresence.Added ? "current run" : "baseline")})");
        }

        foreach (var limit in comparison.Limits)
        {
            output.WriteLine($"[{(limit.Passed ? "pass" : "FAIL")}] {limit.Expression} (measured {limit.Measured}){(limit.Detail is null ? string.Empty : ": " + limit.Detail)}");
        }
    }

    /// <summary>The Markdown report.</summary>
    public static string RenderMarkdown(RunComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Comparison: {comparison.Current.RunId} against {comparison.Baseline.RunId}");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"**Verdict: {(comparison.Passed ? "PASSED" : "FAILED")}** · baseline `{comparison.Baseline.Folder}` · current `{comparison.Current.Folder}`");
        sb.AppendLine();
        sb.AppendLine(Method(comparison.Options));
        sb.AppendLine();
        sb.AppendLine("## Regression limits");
        sb.AppendLine();
        if (comparison.Limits.Count == 0)
        {
            sb.AppendLine("None (give them with --limit, e.g. `--limit \"p99(step=mfa_password_validate) regression < 10%\"`): the exit code is 0.");
        }
        else
        {
            sb.AppendLine("| limit | result | measured | note |");
            sb.AppendLine("|---|---|---|---|");
            foreach (var l in comparison.Limits)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"| `{l.Expression}` | {(l.Passed ? "pass" : "FAIL")} | {Cell(l.Measured)} | {Cell(l.Detail ?? string.Empty)} |");
            }
        }

        sb.AppendLine();
        sb.AppendLine("## Figures");
        sb.AppendLine();
        sb.AppendLine("Times in ms; rps in calls/s; the interval is that of the change.");
        sb.AppendLine();
        sb.AppendLine("| scenario | step | figure | baseline | current | change | interval | p (adjusted) | p (alone) | verdict |");
        sb.AppendLine("|---|---|---|--:|--:|--:|---|--:|--:|---|");
        foreach (var row in comparison.Rows)
        {
            if (row.Presence != RowPresence.Both)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(row.Scenario)} | {Cell(row.StepLabel)} | | | | | | | | {(row.Presence == RowPresence.Added ? "added (only in the current run)" : "removed (only in the baseline)")} |");
                continue;
            }

            foreach (var f in row.Figures)
            {
                var verdict = f.Verdict == Verdict.NoDifference ? f.Verdict.Text() : $"**{f.Verdict.Text()}**";
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(row.Scenario)} | {Cell(row.StepLabel)} | {f.Name} | {Value(f.Figure, f.Baseline)} | {Value(f.Figure, f.Current)} | {Change(f)} | {Interval(f)} | {P(f.PValue)} | {P(f.RawPValue)} | {verdict}{(f.Note is null ? string.Empty : " (" + Cell(f.Note) + ")")} |");
            }
        }

        return sb.ToString();
    }

    /// <summary>The JSON report.</summary>
    public static string RenderJson(RunComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return JsonSerializer.Serialize(
            new
            {
                verdict = comparison.Passed ? "PASSED" : "FAILED",
                baseline = new { runId = comparison.Baseline.RunId, folder = comparison.Baseline.Folder, startedUtc = comparison.Baseline.StartedUtc },
                current = new { runId = comparison.Current.RunId, folder = comparison.Current.Folder, startedUtc = comparison.Current.StartedUtc },
                method = new
                {
                    test = "permutation test over the reporting intervals (verdict); block bootstrap over each run's intervals (interval of the change)",
                    description = Method(comparison.Options),
                    confidence = comparison.Options.Confidence,
                    resamples = comparison.Options.Resamples,
                    familySize = comparison.JudgedFigures.Count(x => x.Figure.RawPValue is not null),
                    familyWise = "Holm step-down over every judged figure of the comparison; pValue is adjusted, rawPValue the figure's own",
                    minRelativeChange = comparison.Options.MinRelativeChange,
                    minErrorRateChange = comparison.Options.MinErrorRateChange,
                    minIntervals = comparison.Options.MinIntervals,
                    units = "latency in ms (from the intended start, ok calls); rps in calls/s; failRate a fraction; change relative (latency, rps) or absolute (fail_rate)",
                },
                limits = comparison.Limits,
                counts = new
                {
                    figures = comparison.JudgedFigures.Count(),
                    noDifference = comparison.JudgedFigures.Count(x => x.Figure.Verdict == Verdict.NoDifference),
                    regressions = comparison.JudgedFigures.Count(x => x.Figure.Verdict == Verdict.Regression),
                    improvements = comparison.JudgedFigures.Count(x => x.Figure.Verdict == Verdict.Improvement),
                },
                rows = comparison.Rows.Select(r => new
                {
                    scenario = r.Scenario,
                    step = r.Step,
                    presence = r.Presence.ToString().ToLowerInvariant(),
                    figures = r.Figures.Select(f => new
                    {
                        figure = f.Name,
                        baseline = Round(f.Baseline),
                        current = Round(f.Current),
                        change = Round(f.Change, 4),
                        low = Round(f.Low, 4),
                        high = Round(f.High, 4),
                        pValue = f.PValue,
                        rawPValue = f.RawPValue,
                        shuffles = f.Shuffles,
                        verdict = f.Verdict.Text(),
                        note = f.Note,
                    }),
                }),
            },
            JsonOptions);
    }

    /// <summary>The HTML page: the tables, then per row its two latency distributions (latency by percentile) overlaid.</summary>
    public static string RenderHtml(RunComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title>Comparison {E(comparison.Current.RunId)} against {E(comparison.Baseline.RunId)}</title><style>{Css}</style></head><body>");
        sb.Append(CultureInfo.InvariantCulture, $"<h1>Comparison: {E(comparison.Current.RunId)} against {E(comparison.Baseline.RunId)}</h1>");
        sb.Append(CultureInfo.InvariantCulture, $"<p class=\"verdict {(comparison.Passed ? "pass" : "fail")}\">{(comparison.Passed ? "PASSED" : "FAILED")}</p>");
        sb.Append(CultureInfo.InvariantCulture, $"<p>Baseline <code>{E(comparison.Baseline.Folder)}</code>; current <code>{E(comparison.Current.Folder)}</code>.</p><p class=\"note\">{E(Method(comparison.Options))}</p>");
        sb.Append("<h2>Regression limits</h2>");
        if (comparison.Limits.Count == 0)
        {
            sb.Append("<p>None: the exit code is 0.</p>");
        }
        else
        {
            sb.Append("<table><tr><th class=\"l\">limit</th><th>result</th><th>measured</th><th class=\"l\">note</th></tr>");
            foreach (var l in comparison.Limits)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"l\"><code>{E(l.Expression)}</code></td><td class=\"{(l.Passed ? "pass" : "fail")}\">{(l.Passed ? "pass" : "FAIL")}</td><td>{E(l.Measured)}</td><td class=\"l\">{E(l.Detail ?? string.Empty)}</td></tr>");
            }

            sb.Append("</table>");
        }

        sb.Append("<h2>Figures</h2><table><tr><th class=\"l\">step</th>");
        foreach (var figure in Figures.All)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<th>{E(Figures.Name(figure))}</th>");
        }

        sb.Append("</tr>");
        foreach (var group in comparison.Rows.GroupBy(r => r.Scenario))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><th class=\"l group\" colspan=\"{Figures.All.Count + 1}\">{E(group.Key)}</th></tr>");
            foreach (var row in group)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"l\">{E(row.StepLabel)}</td>");
                if (row.Presence != RowPresence.Both)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"<td class=\"l\" colspan=\"{Figures.All.Count}\">{(row.Presence == RowPresence.Added ? "added (only in the current run)" : "removed (only in the baseline)")}</td></tr>");
                    continue;
                }

                foreach (var f in row.Figures)
                {
                    var css = f.Verdict switch { Verdict.Regression => "fail", Verdict.Improvement => "pass", _ => "same" };
                    sb.Append(CultureInfo.InvariantCulture, $"<td class=\"{css}\" title=\"{E(f.Note ?? Interval(f))}\">{E(Value(f.Figure, f.Baseline))} → {E(Value(f.Figure, f.Current))}<br>{E(Change(f))} {E(f.Verdict.Text())}</td>");
                }

                sb.Append("</tr>");
            }
        }

        sb.Append("</table><h2>Latency distributions</h2><p class=\"note\">Latency (ms) at each percentile, both runs' whole histograms; the x axis counts nines: 1 = p90, 2 = p99, 3 = p99.9.</p><div class=\"charts\">");
        foreach (var row in comparison.Rows.Where(r => r.Presence == RowPresence.Both))
        {
            var a = comparison.Baseline.Find(row.Scenario, row.Step)!;
            var b = comparison.Current.Find(row.Scenario, row.Step)!;
            var (xs, ya) = Distribution(a);
            var (_, yb) = Distribution(b);
            sb.Append(CultureInfo.InvariantCulture, $"<figure><figcaption>{E(row.Key)}: p50 {E(VerdictOf(row, Figure.P50))}, p99 {E(VerdictOf(row, Figure.P99))}</figcaption>");
            sb.Append(SvgChart.Line(row.StepLabel, "ms", xs, [("baseline", "#1a73e8", ya), ("current", "#e8710a", yb)], xLabel: "percentile, in nines (1 = p90, 2 = p99, 3 = p99.9)")).Append("</figure>");
        }

        return sb.Append("</div></body></html>").ToString();
    }

    /// <summary>A p-value for the tables: four decimals, or "&lt; 0.0001".</summary>
    private static string P(double? p) => p switch
    {
        null => "-",
        < 0.0001 => "< 0.0001",
        _ => p.Value.ToString("0.####", CultureInfo.InvariantCulture),
    };

    private static string VerdictOf(RowComparison row, Figure figure) => row.Figures.First(f => f.Figure == figure).Verdict.Text();

    /// <summary>Latency at percentiles 0 .. 99.95 on a scale of nines (x = -log10(1 - p)).</summary>
    private static (IReadOnlyList<double> Xs, IReadOnlyList<double> Ys) Distribution(RecordedRow row)
    {
        var counts = new SortedDictionary<long, long>();
        foreach (var interval in row.Latency)
        {
            foreach (var (value, count) in interval)
            {
                counts[value] = counts.GetValueOrDefault(value) + count;
            }
        }

        var total = counts.Values.Sum();
        var xs = new List<double>();
        var ys = new List<double>();
        for (var x = 0.0; x <= 3.3001; x += 0.05)
        {
            xs.Add(Math.Round(x, 2));
            if (total == 0)
            {
                ys.Add(double.NaN);
                continue;
            }

            var rank = Math.Max(1, (long)Math.Ceiling((1 - Math.Pow(10, -x)) * total));
            long cumulative = 0;
            var value = counts.Keys.Last();
            foreach (var (v, c) in counts)
            {
                cumulative += c;
                if (cumulative >= rank)
                {
                    value = v;
                    break;
                }
            }

            ys.Add(value / 1000.0);
        }

        return (xs, ys);
    }

    private const string Css = "body{font-family:system-ui,sans-serif;margin:24px;color:#222}table{border-collapse:collapse;margin:8px 0 20px;font-size:13px;max-width:100%}"
        + "th,td{border:1px solid #ccc;padding:3px 6px;text-align:right}th{background:#f3f3f3;font-weight:600}td.l,th.l{text-align:left}th.group{background:#e8eef7}"
        + ".pass{color:#137333;font-weight:bold}.fail{color:#c5221f;font-weight:bold}.same{color:#444}.verdict{font-size:22px}"
        + ".charts{display:flex;flex-wrap:wrap}.charts figure{margin:6px}.charts figcaption{font-size:13px}.charts svg{border:1px solid #ddd;max-width:100%;height:auto}.note{color:#555;font-size:13px;max-width:60em}";

    internal static string Value(Figure figure, double? value) => value is not { } v ? "-" : figure switch
    {
        Figure.Throughput => v.ToString("0.##", CultureInfo.InvariantCulture),
        Figure.ErrorRate => (v * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%",
        _ => v.ToString("0.###", CultureInfo.InvariantCulture),
    };

    internal static string Change(FigureResult f) => f.Change is not { } c ? "-" : f.Figure == Figure.ErrorRate
        ? (c * 100).ToString("+0.###;-0.###;0", CultureInfo.InvariantCulture) + " pp"
        : (c * 100).ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture) + "%";

    private static string Interval(FigureResult f) => f.Low is not { } lo || f.High is not { } hi ? "-" : f.Figure == Figure.ErrorRate
        ? string.Create(CultureInfo.InvariantCulture, $"{lo * 100:+0.###;-0.###;0} .. {hi * 100:+0.###;-0.###;0} pp")
        : string.Create(CultureInfo.InvariantCulture, $"{lo * 100:+0.#;-0.#;0}% .. {hi * 100:+0.#;-0.#;0}%");

    private static double? Round(double? value, int digits = 3) => value is { } v ? Math.Round(v, digits) : null;

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
