using System.Text;

namespace MfaConformance.Targets.Settings;

/// <summary>The commented example `mfa-conformance init` writes, made from <see cref="SettingsTable"/> (every key, its default and its overrides).</summary>
public static class ExampleConfig
{
    public static string Text { get; } = Build();

    private static string Build()
    {
        var text = new StringBuilder();
        text.Append("""
            // mfa-conformance.json: where and how the harness runs. Comments are allowed.
            // Precedence: defaults < this file < environment variables (MFA_*) < command-line options.
            // null = the default. Unknown keys are refused. Paths are relative to this file's folder.
            // Written by 'mfa-conformance init' from the settings table (docs/cli.md lists the same settings).
            {

            """);
        var sections = SettingsTable.Sections;
        for (var i = 0; i < sections.Count; i++)
        {
            text.Append($"  \"{sections[i]}\": {{\n");
            var rows = SettingsTable.All.Where(s => s.Section == sections[i]).ToList();
            for (var j = 0; j < rows.Count; j++)
            {
                var row = rows[j];
                text.Append($"    // {row.Doc}\n");
                text.Append($"    // Default: {row.Default}.{Overrides(row)}\n");
                text.Append($"    \"{row.Name}\": {row.Example}{(j < rows.Count - 1 ? "," : string.Empty)}\n");
            }

            text.Append($"  }}{(i < sections.Count - 1 ? "," : string.Empty)}\n");
        }

        return text.Append("}\n").ToString();
    }

    private static string Overrides(Setting row)
    {
        var parts = new List<string>();
        if (row.Variable is { } variable)
        {
            parts.Add($"env {variable}");
        }

        if (row.Option is { } option)
        {
            parts.Add($"option {option}");
        }

        return parts.Count == 0 ? string.Empty : $" Overridden by {string.Join(", ", parts)}.";
    }
}
