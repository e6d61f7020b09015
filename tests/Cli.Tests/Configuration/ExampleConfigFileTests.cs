using MfaConformance.Cli.Configuration;

namespace MfaConformance.Cli.Tests.Configuration;

public sealed class ExampleConfigFileTests
{
    [Fact]
    public void ExampleFile_AtTheRepositoryRoot_IsWhatInitWrites()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "MfaConformance.sln")))
        {
            root = root.Parent;
        }

        var example = Path.Combine(root.ShouldNotBeNull().FullName, "mfa-conformance.example.json");

        File.ReadAllText(example).ReplaceLineEndings("\n").ShouldBe(ExampleConfig.Text.ReplaceLineEndings("\n"));
    }
}
