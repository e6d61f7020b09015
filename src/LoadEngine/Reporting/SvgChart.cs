using System.Globalization;
using System.Net;
using System.Text;

namespace MfaConformance.LoadEngine.Reporting;

/// <summary>A small inline SVG line chart (no script, no external resources).</summary>
internal static class SvgChart
{
    private const int Width = 640;
    private const int Height = 220;
    private const int Left = 56;
    private const int Right = 12;
    private const int Top = 28;
    private const int Bottom = 30;

    public static string Line(string title, string unit, IReadOnlyList<double> xs, IReadOnlyList<(string Name, string Color, IReadOnlyList<double> Values)> series)
    {
        var sb = new StringBuilder();
        var maxX = xs.Count == 0 ? 1 : Math.Max(1e-9, xs[^1]);
        var maxY = Math.Max(1e-9, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max()) * 1.1;
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{Enc(title)}</title><rect width=\"{Width}\" height=\"{Height}\" fill=\"#fff\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"16\" font-size=\"13\" font-weight=\"bold\">{Enc(title)}</text>");
        for (var i = 0; i <= 4; i++)
        {
            var y = Top + (plotH * i / 4.0);
            var value = maxY * (4 - i) / 4.0;
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"#e3e3e3\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{y + 4:0.#}\" font-size=\"10\" text-anchor=\"end\">{value:0.##}</text>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Height - 6}\" font-size=\"10\" text-anchor=\"end\">{maxX:0.#} s</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 6}\" font-size=\"10\">0 s · {Enc(unit)}</text>");
        var legendX = Left + 200;
        foreach (var (name, color, values) in series)
        {
            var points = string.Join(' ', values.Select((v, i) => string.Create(CultureInfo.InvariantCulture,
                $"{Left + (plotW * (i < xs.Count ? xs[i] : 0) / maxX):0.#},{Top + plotH - (plotH * v / maxY):0.#}")));
            sb.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"1.5\" points=\"{points}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{legendX}\" y=\"8\" width=\"10\" height=\"10\" fill=\"{color}\"/><text x=\"{legendX + 14}\" y=\"17\" font-size=\"11\">{Enc(name)}</text>");
            legendX += 24 + (name.Length * 7);
        }

        return sb.Append("</svg>").ToString();
    }

    private static string Enc(string text) => WebUtility.HtmlEncode(text);
}
