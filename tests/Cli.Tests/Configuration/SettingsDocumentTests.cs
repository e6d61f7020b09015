using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Cli.Tests.Configuration;

/// <summary>docs/cli.md's settings table and mfa-conformance.example.json are made from the settings table: never stale.</summary>
public sealed class SettingsDocumentTests
{
    private static readonly string Root = RepositoryRoot.Find(AppContext.BaseDirectory);

    [Fact]
    public void CliDocument_SettingsTable_IsTheOneMadeFromTheRows()
    {
        var document = File.ReadAllText(Path.Combine(Root, "docs", "cli.md")).ReplaceLineEndings("\n");

        SettingsDocument.Current(document).ShouldNotBeNull("docs/cli.md has lost the markers of its settings table");
        SettingsDocument.Current(document).ShouldBe(SettingsDocument.Markdown(),
            "docs/cli.md's settings table is stale: run `dotnet run --project src/Cli -- init --docs docs/cli.md`");
    }

    [Fact]
    public void ExampleFile_AtTheRepositoryRoot_IsWhatInitWrites() =>
        File.ReadAllText(Path.Combine(Root, "mfa-conformance.example.json")).ReplaceLineEndings("\n").ShouldBe(ExampleConfig.Text,
            "mfa-conformance.example.json is stale: run `dotnet run --project src/Cli -- init --path mfa-conformance.example.json --force`");

    [Fact]
    public void Table_EveryRow_HasAFileKeyInASectionADocLineAndUniqueNames()
    {
        SettingsTable.All.Select(s => s.Key).ShouldBeUnique();
        SettingsTable.All.Select(s => s.Variable).OfType<string>().ShouldBeUnique();
        SettingsTable.All.SelectMany(s => s.OptionNames).ShouldBeUnique();
        SettingsTable.All.ShouldAllBe(s => s.Key.Contains('.') && s.Doc.EndsWith('.') && s.Default.Length > 0);
        SettingsTable.All.Where(s => s.Variable != null).ShouldAllBe(s => s.Variable!.StartsWith("MFA_"));
        SettingsTable.All.Where(s => s.Option != null).ShouldAllBe(s => s.Commands.Count > 0, "an option no command has");
    }
}
