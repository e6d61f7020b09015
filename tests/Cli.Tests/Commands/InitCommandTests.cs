using MfaConformance.Cli.Configuration;
using MfaConformance.Cli.Targets;
using MfaConformance.Cli.Tests.Support;

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
        var settings = HarnessSettingsResolver.Resolve(new SettingsOverrides { ConfigPath = path }, FakeEnvironment.Empty, _folder.Path);
        settings.ShouldBeEquivalentTo(new HarnessSettings { ConfigPath = path });
    }

    [Fact]
    public async Task Init_ExistingFileWithoutForce_RefusesWithUsage()
    {
        var path = _folder.Write("mfa-conformance.json", "{ \"mine\": true }");

        var run = await CliRun.RunAsync("init", "--path", path);

        run.ExitCode.ShouldBe(ExitCodes.Usage);
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
    public void ExampleConfig_MentionsEveryKeyAndItsVariable()
    {
        foreach (var (section, keys) in ConfigSection.Keys)
        {
            ExampleConfig.Text.ShouldContain($"\"{section}\"");
            foreach (var key in keys)
            {
                ExampleConfig.Text.ShouldContain($"\"{key}\"");
            }
        }

        foreach (var variable in EnvironmentReader.Variables.Where(v => v is not ("MFA_CONFIG" or "MFA_LOAD_RATE" or "MFA_LOAD_DURATION")))
        {
            ExampleConfig.Text.ShouldContain(variable);
        }
    }
}
