using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Suite;
using static MfaConformance.Cli.Tests.Conformance.ConformanceTestSupport;
namespace MfaConformance.Cli.Tests.Conformance;

public sealed class SuiteLocatorTests
{
    [Fact]
    public void ShippedSuite_OfABuildInTheRepository_IsTheRepositoryAndNotTheCurrentFolder()
    {
        var scratch = TempFolder();
        Directory.CreateDirectory(Path.Combine(scratch, "features"));
        File.WriteAllText(Path.Combine(scratch, "features", "login.feature"), "Feature: someone else's login");

        RepositoryRoot.ShippedSuite(AppContext.BaseDirectory).ShouldBe(SuiteRoot);
        SuiteLocator.ShippedRoot().ShouldBe(SuiteRoot, "the application's folder decides, never the current one");
    }

    [Fact]
    public void ShippedSuite_OfAnInstalledTool_IsTheCopyNextToIt()
    {
        var app = TempFolder();
        Directory.CreateDirectory(Path.Combine(app, "features"));
        File.WriteAllText(Path.Combine(app, "features", "a.feature"), "Feature: a");

        RepositoryRoot.ShippedSuite(app).ShouldBe(Path.GetFullPath(app));
    }

    [Fact]
    public void ShippedRoot_AToolWithoutFeatures_ThrowsNamingWhereItLooked()
    {
        var app = TempFolder();

        var error = Should.Throw<SettingsException>(() => SuiteLocator.ShippedRoot(app));

        error.Setting.ShouldBe("features");
        error.Message.ShouldContain(app);
    }

    [Fact]
    public void SourceOf_TheShippedSuite_NamesItsFolderAndAStableContentHash()
    {
        var first = SuiteLocator.SourceOf();
        var second = SuiteLocator.SourceOf();

        first.Folder.ShouldBe(Path.Combine(SuiteRoot, "features"));
        first.Shipped.ShouldBeTrue();
        first.FeatureFiles.ShouldBe(Directory.GetFiles(first.Folder, "*.feature", SearchOption.AllDirectories).Length);
        first.Hash.ShouldMatch("^sha256:[0-9a-f]{16}$");
        second.ShouldBe(first);
    }

    [Fact]
    public void SourceOf_AnEditedFeature_ChangesTheHash()
    {
        var folder = TempFolder();
        File.WriteAllText(Path.Combine(folder, "a.feature"), "Feature: a");
        var before = SuiteSource.Of(folder, shipped: false);

        File.AppendAllText(Path.Combine(folder, "a.feature"), "\n");

        SuiteSource.Of(folder, shipped: false).Hash.ShouldNotBe(before.Hash);
    }
}
