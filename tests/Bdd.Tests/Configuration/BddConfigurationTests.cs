using MfaConformance.Bdd.Configuration;
using MfaConformance.Bdd.Runtime;
namespace MfaConformance.Bdd.Tests.Configuration;

public sealed class BddConfigurationTests
{
    [Fact]
    public void Parse_OurKeysAndFormatters_AreRead_AndReqnrollGetsTheWholeFile()
    {
        var options = BddConfiguration.Parse(
            """
            { "language": { "feature": "de" }, "bindingAssemblies": [ { "assembly": "X.Steps" } ],
              "runtime": { "missingOrPendingStepsOutcome": "Pending" }, "trace": { "coloredOutput": true },
              "formatters": { "html": { "outputFilePath": "out/r.html" }, "junit": { "outputFilePath": "out/j.xml" } },
              "mfaConformance": { "features": ["a", "b"], "maxParallelism": 3, "tagFilter": "@smoke" } }
            """, "/suite");

        options.FeatureLanguage.ShouldBe("de");
        options.FeaturePaths.ShouldBe(["a", "b"]);
        (options.MaxParallelism, options.TagFilter).ShouldBe((3, "@smoke"));
        options.BindingAssemblyNames.ShouldBe(["X.Steps"]);
        options.ReqnrollJson["runtime"]!["missingOrPendingStepsOutcome"]!.GetValue<string>().ShouldBe("Pending");
        options.ReportPath("html").ShouldBe(Path.GetFullPath("/suite/out/r.html"));
        options.ReportPath("message").ShouldBeNull();
    }

    [Fact]
    public void ReportPath_WithOutputFolder_KeepsTheFileName()
    {
        var options = BddConfiguration.Parse("""{ "formatters": { "message": { "outputFilePath": "reports/conformance/messages.ndjson" } } }""", "/suite");
        options.OutputFolder = "/elsewhere/run1";

        options.ReportPath("message").ShouldBe(Path.GetFullPath("/elsewhere/run1/messages.ndjson"));
    }

    [Fact]
    public void AddBindingAssembly_NotListed_IsAddedOnce()
    {
        var options = BddConfiguration.Parse("{}", "/suite");

        options.AddBindingAssembly(typeof(BddConfigurationTests).Assembly);
        options.AddBindingAssembly(typeof(BddConfigurationTests).Assembly);

        options.BindingAssemblyNames.ShouldBe(["MfaConformance.Bdd.Tests"]);
    }

    [Fact]
    public void Parse_UnknownFormatter_RefusedNamingTheKnownOnes() =>
        Should.Throw<BddConfigurationException>(() => BddConfiguration.Parse("""{ "formatters": { "pretty": { "outputFilePath": "x" } } }""", "/tmp"))
            .Message.ShouldContain("unknown formatter 'pretty' in 'formatters'. Known: html, message, junit");

    [Fact]
    public void Parse_UnknownKeyInOurSection_RefusedNamingKeyAndAllowedKeys()
    {
        var ex = Should.Throw<BddConfigurationException>(() => BddConfiguration.Parse("""{ "mfaConformance": { "reportsFolder": "x" } }""", "/tmp"));

        ex.Message.ShouldContain("'mfaConformance.reportsFolder'");
        ex.Message.ShouldContain("features, tagFilter, maxParallelism");
    }

    [Fact]
    public void Parse_NotJson_RefusedNamingTheFile() =>
        Should.Throw<BddConfigurationException>(() => BddConfiguration.Parse("{ nope", "/tmp")).Message.ShouldStartWith("reqnroll.json: not valid JSON");

    [Fact]
    public void Load_RepositoryReqnrollJson_WritesTheThreeReportsOfTheConformanceFolder()
    {
        var options = BddConfiguration.Load(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), BddConfiguration.FileName));

        options.Formatters.Keys.Order().ShouldBe(["html", "junit", "message"]);
        options.ReportPaths.ShouldAllBe(p => p.Contains(Path.Combine("reports", "conformance")));
        options.BindingAssemblyNames.ShouldBe(["MfaConformance.StepDefinitions"]);
    }
}
