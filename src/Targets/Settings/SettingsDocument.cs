using System.Text;

namespace MfaConformance.Targets.Settings;

/// <summary>
/// The options table of docs/cli.md, made from <see cref="SettingsTable"/> and kept between two marker lines;
/// `mfa-conformance init --docs docs/cli.md` rewrites it, and a test fails while the file holds another table.
/// </summary>
public static class SettingsDocument
{
    public const string BeginMarker = "<!-- settings table: generated from src/Targets/Settings/SettingsTable.cs by `mfa-conformance init --docs docs/cli.md`; do not edit by hand -->";

    public const string EndMarker = "<!-- end of the settings table -->";

    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("| File key | Environment | Option | Default | Meaning |\n");
        text.Append("|---|---|---|---|---|\n");
        foreach (var row in SettingsTable.All)
        {
            text.Append($"| `{row.Key}` | {Code(row.Variable)} | {OptionCell(row)} | {Escape(row.Default)} | {Escape(row.Doc)} |\n");
        }

        return text.ToString();
    }

    /// <summary><paramref name="document"/> with the text between the markers replaced by the current table.</summary>
    public static string Rewrite(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var begin = document.IndexOf(BeginMarker, StringComparison.Ordinal);
        var end = document.IndexOf(EndMarker, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidDataException($"the document has no settings table between the markers '{BeginMarker}' and '{EndMarker}'");
        }

        var start = begin + BeginMarker.Length;
        return string.Concat(document.AsSpan(0, start), "\n", Markdown(), document.AsSpan(end));
    }

    /// <summary>The table the document holds between the markers now (null when it has no markers).</summary>
    public static string? Current(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var begin = document.IndexOf(BeginMarker, StringComparison.Ordinal);
        var end = document.IndexOf(EndMarker, StringComparison.Ordinal);
        return begin < 0 || end < begin ? null : document[(begin + BeginMarker.Length)..end].TrimStart('\n');
    }

    private static string OptionCell(Setting row)
    {
        if (row.Option is null)
        {
            return "–";
        }

        var names = string.Join(", ", row.OptionNames.Select(n => row.Shape == OptionShape.Repeated ? $"`{n} {row.RepeatedExample}`" : $"`{n}`"));
        var commands = HarnessCommands.Targeted.All(row.Commands.Contains) && row.Commands.Count == HarnessCommands.Targeted.Count
            ? string.Empty
            : $" ({string.Join(", ", row.Commands)})";
        return names + commands;
    }

    private static string Code(string? text) => text is null ? "–" : $"`{text}`";

    private static string Escape(string text) => text
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);
}
