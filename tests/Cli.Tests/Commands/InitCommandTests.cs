using MfaConformance.Cli.Tests.Support;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Tests.Commands;

public sealed class InitCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Init_NewPath_WritesAnExampleThatResolvesToTheDefaults()
    {
        var path = Path.Combine(_folder.Path, "mfa-conformance.json");

        var run = await CliRun.RunAsync("init", "--path", path);

        run.ExitCode.ShouldBe(ExitCodes.Ok);
        File.ReadAllText(path).ShouldContain("// ");
        var settings = ResolveSettings.In(_folder.Path, config: path);
        ResolveSettings.Comparable(new HarnessSettings { ConfigPath = path }, settings).ShouldBeEquivalentTo(settings);
    }

    [Fact]
    public async Task Init_ExistingFileWithoutForce_RefusesWithUsage()
    {
        var path = _folder.Write("mfa-conformance.json", "{ \"mine\": true }");

        var run = await CliRun.RunAsync("init", "--path", path);

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("--path");
        run.Error.ShouldContain("--force");
        File.ReadAllText(path).ShouldBe("{ \"mine\": true }");
    }

    [Fact]
    public async Task Init_ExistingFileWithForce_Overwrites()
    {
        var path = _folder.Write("mfa-conformance.json", "{}");

        var run = await CliRun.RunAsync("init", "--path", path, "--force");

        run.ExitCode.ShouldBe(ExitCodes.Ok);
        File.ReadAllText(path).ShouldBe(ExampleConfig.Text);
    }

    [Fact]
    public void ExampleConfig_MentionsEverySettingItsDefaultItsVariableAndItsOption()
    {
        foreach (var setting in SettingsTable.All)
        {
            ExampleConfig.Text.ShouldContain($"\"{setting.Section}\": {{");
            ExampleConfig.Text.ShouldContain($"\"{setting.Name}\": {setting.Example}");
            ExampleConfig.Text.ShouldContain($"Default: {setting.Default}.");
            ExampleConfig.Text.ShouldContain(setting.Doc);
            if (setting.Variable is { } variable)
            {
                ExampleConfig.Text.ShouldContain($"env {variable}");
            }

            if (setting.Option is { } option)
            {
                ExampleConfig.Text.ShouldContain($"option {option}");
            }
        }
    }

    [Fact]
    public async Task InitDocs_AStaleTable_IsRewrittenBetweenTheMarkers()
    {
        var path = _folder.Write("cli.md", $"# Title\n\n{SettingsDocument.BeginMarker}\n| old |\n{SettingsDocument.EndMarker}\n\nAfter.\n");

        var run = await CliRun.RunAsync("init", "--docs", path);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        var text = File.ReadAllText(path);
        text.ShouldStartWith("# Title\n\n");
        text.ShouldEndWith($"{SettingsDocument.EndMarker}\n\nAfter.\n");
        SettingsDocument.Current(text).ShouldBe(SettingsDocument.Markdown());
    }
}
