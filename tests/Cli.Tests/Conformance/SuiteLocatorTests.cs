using MfaConformance.Cli.Conformance;
using MfaConformance.Cli.Targets;
using static MfaConformance.Cli.Tests.Conformance.ConformanceTestSupport;

namespace MfaConformance.Cli.Tests.Conformance;

public sealed class SuiteLocatorTests
{
    [Fact]
    public void FindSuiteRoot_FromANestedFolder_FindsTheAncestorWithFeatures()
    {
        var root = TempFolder();
        Directory.CreateDirectory(Path.Combine(root, "features"));
        File.WriteAllText(Path.Combine(root, "features", "a.feature"), "Feature: a");
        var nested = Directory.CreateDirectory(Path.Combine(root, "x", "y")).FullName;

        SuiteLocator.FindSuiteRoot(nested, appBaseDirectory: TempFolder()).ShouldBe(Path.GetFullPath(root));
    }

    [Fact]
    public void FindSuiteRoot_NoFeaturesAnywhere_FallsBackToTheAppFolderOrThrowsNamingIt()
    {
        var app = TempFolder();
        var empty = TempFolder();

        var error = Should.Throw<SettingsException>(() => SuiteLocator.FindSuiteRoot(empty, app));
        error.Setting.ShouldBe("features");
        error.Message.ShouldContain(app);

        Directory.CreateDirectory(Path.Combine(app, "features"));
        File.WriteAllText(Path.Combine(app, "features", "a.feature"), "Feature: a");
        SuiteLocator.FindSuiteRoot(empty, app).ShouldBe(Path.GetFullPath(app));
    }
}
