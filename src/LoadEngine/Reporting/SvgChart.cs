using System.Globalization;
using System.Net;
using System.Text;

namespace MfaConformance.LoadEngine.Reporting;

/// <summary>
/// A small inline SVG line chart (no script, no external resources). Both axes carry round ticks (1, 2 or 5 × 10^k);
/// a NaN value leaves a gap in its line (an interval with nothing to measure is not a zero).
/// </summary>
internal static class SvgChart
{
    private const int Width = 590; // two side by side on a 1280 px page
    private const int Height = 230;
    private const int Left = 56;
    private const int Right = 16;
    private const int Top = 40;
    private const int Bottom = 34;

    /// <param name="emptyText">Shown instead of the y axis when every value is zero or missing (e.g. "no errors"); null draws the axis.</param>
    /// <param name="integral">The values are counts: no tick between two whole numbers.</param>
    /// <param name="xLabel">The x axis's caption (default: time since the start of measuring).</param>
    public static string Line(string title, string unit, IReadOnlyList<double> xs, IReadOnlyList<(string Name, string Color, IReadOnlyList<double> Values)> series, string? emptyText = null, bool integral = false, string xLabel = "time since the start of measuring (s)")
    {
        var sb = new StringBuilder();
        var values = series.SelectMany(s => s.Values).Where(double.IsFinite).ToList();
        var empty = values.Count == 0 || values.Max() <= 0;
        var yTicks = NiceTicks(empty ? 1 : values.Max(), integral);
        var xTicks = NiceTicks(xs.Count == 0 ? 1 : Math.Max(xs[^1], 1e-9), integral: false);
        var maxY = yTicks[^1];
        var maxX = xTicks[^1];
        const int plotW = Width - Left - Right;
        const int plotH = Height - Top - Bottom;
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{Enc(title)}</title><rect width=\"{Width}\" height=\"{Height}\" fill=\"#fff\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"16\" font-size=\"13\" font-weight=\"bold\">{Enc(title)}</text>");
        if (empty && emptyText is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top + plotH}\" x2=\"{Width - Right}\" y2=\"{Top + plotH}\" stroke=\"#bbb\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"empty\" x=\"{Left + (plotW / 2)}\" y=\"{Top + (plotH / 2)}\" font-size=\"14\" fill=\"#555\" text-anchor=\"middle\">{Enc(emptyText)}</text>");
        }
        else
        {
            var yDecimals = Decimals(yTicks);
            foreach (var tick in yTicks)
            {
                var y = Top + plotH - (plotH * tick / maxY);
                sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"{(tick == 0 ? "#bbb" : "#e3e3e3")}\"/>");
                sb.Append(CultureInfo.InvariantCulture, $"<text class=\"y-tick\" x=\"{Left - 4}\" y=\"{y + 4:0.#}\" font-size=\"10\" text-anchor=\"end\">{Label(tick, yDecimals)}</text>");
            }

            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{Top - 12}\" font-size=\"10\">{Enc(unit)}</text>");
        }

        var xDecimals = Decimals(xTicks);
        foreach (var tick in xTicks)
        {
            var x = Left + (plotW * tick / maxX);
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"{Top + plotH}\" x2=\"{x:0.#}\" y2=\"{Top + plotH + 4}\" stroke=\"#bbb\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"x-tick\" x=\"{x:0.#}\" y=\"{Top + plotH + 15}\" font-size=\"10\" text-anchor=\"middle\">{Label(tick, xDecimals)}</text>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Height - 4}\" font-size=\"10\" text-anchor=\"end\">{Enc(xLabel)}</text>");
        if (!(empty && emptyText is not null))
        {
            Lines(sb, xs, series, maxX, maxY);
        }

        return sb.Append("</svg>").ToString();
    }

    /// <summary>Round ticks from 0 to at least <paramref name="max"/>: about five, spaced 1, 2 or 5 × 10^k.</summary>
    public static IReadOnlyList<double> NiceTicks(double max, bool integral)
    {
        var step = NiceStep(Math.Max(max, 1e-9) / 4);
        if (integral)
        {
            step = Math.Max(1, step);
        }

        var count = (int)Math.Ceiling((max / step) - 1e-9);
        return [.. Enumerable.Range(0, Math.Max(1, count) + 1).Select(i => Math.Round(i * step, 10))];
    }

    private static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        var nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        return nice * magnitude;
    }

    private static void Lines(StringBuilder sb, IReadOnlyList<double> xs, IReadOnlyList<(string Name, string Color, IReadOnlyList<double> Values)> series, double maxX, double maxY)
    {
        const int plotW = Width - Left - Right;
        const int plotH = Height - Top - Bottom;
        var legendX = Left + 220;
        foreach (var (name, color, values) in series)
        {
            var run = new List<string>();
            for (var i = 0; i <= values.Count; i++)
            {
                if (i < values.Count && i < xs.Count && double.IsFinite(values[i]))
                {
                    run.Add(string.Create(CultureInfo.InvariantCulture, $"{Left + (plotW * xs[i] / maxX):0.#},{Top + plotH - (plotH * values[i] / maxY):0.#}"));
                    continue;
                }

                if (run.Count == 1)
                {
                    var at = run[0].Split(',');
                    sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{at[0]}\" cy=\"{at[1]}\" r=\"2\" fill=\"{color}\"/>");
                }

                if (run.Count > 0)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"1.5\" data-series=\"{Enc(name)}\" points=\"{string.Join(' ', run)}\"/>");
                    run.Clear();
                }
            }

            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{legendX}\" y=\"8\" width=\"10\" height=\"10\" fill=\"{color}\"/><text x=\"{legendX + 14}\" y=\"17\" font-size=\"11\">{Enc(name)}</text>");
            legendX += 24 + (name.Length * 7);
        }
    }

    private static int Decimals(IReadOnlyList<double> ticks)
    {
        var step = ticks.Count > 1 ? ticks[1] - ticks[0] : 1;
        return Math.Max(0, (int)-Math.Floor(Math.Log10(step) + 1e-9));
    }

    private static string Label(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Enc(string text) => WebUtility.HtmlEncode(text);
}
