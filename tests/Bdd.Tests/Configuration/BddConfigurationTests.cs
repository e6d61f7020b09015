namespace MfaConformance.Bdd.Tests.Configuration;

public sealed class BddConfigurationTests
{
    [Fact]
    public void Parse_KnownKeys_AreHonoured()
    {
        var options = BddConfiguration.Parse(
            """
            { "language": { "feature": "de" }, "bindingAssemblies": [ { "assembly": "MfaConformance.Bdd.Tests" } ],
              "runtime": { "missingOrPendingStepsOutcome": "Ignore", "stopAtFirstError": true },
              "trace": { "coloredOutput": true },
              "mfaConformance": { "reportsFolder": "out", "formatters": ["junit"], "maxParallelism": 3, "tagFilter": "@smoke" } }
            """, "/tmp");

        options.FeatureLanguage.ShouldBe("de");
        options.BindingAssemblies.Single().GetName().Name.ShouldBe("MfaConformance.Bdd.Tests");
        options.MissingOrPendingStepsOutcome.ShouldBe(MissingOrPendingStepsOutcome.Ignore);
        options.StopAtFirstError.ShouldBeTrue();
        options.ColoredOutput.ShouldBeTrue();
        (options.OutputFolder, options.Formats, options.MaxParallelism, options.TagFilter).ShouldBe(("out", ReportFormats.JUnit, 3, "@smoke"));
    }

    [Fact]
    public void Parse_UnknownKey_RefusedNamingKeyAndAllowedKeys()
    {
        var ex = Should.Throw<BddConfigurationException>(() => BddConfiguration.Parse("""{ "runtime": { "stopAtFirstErorr": true } }""", "/tmp"));

        ex.Message.ShouldContain("'runtime.stopAtFirstErorr'");
        ex.Message.ShouldContain("missingOrPendingStepsOutcome, stopAtFirstError");
    }

    [Fact]
    public void Parse_BadOutcome_RefusedWithAllowedValues() =>
        Should.Throw<BddConfigurationException>(() => BddConfiguration.Parse("""{ "runtime": { "missingOrPendingStepsOutcome": "Maybe" } }""", "/tmp"))
            .Message.ShouldContain("Inconclusive, Ignore, Error");

    [Fact]
    public void Load_RepositoryReqnrollJson_IsValid()
    {
        var path = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), BddConfiguration.FileName);
        File.Exists(path).ShouldBeTrue();

        var text = File.ReadAllText(path).Replace("\"MfaConformance.StepDefinitions\"", "\"MfaConformance.Bdd\"");
        var options = BddConfiguration.Parse(text, "/tmp");

        options.OutputFolder.ShouldBe("reports/conformance");
    }
}
