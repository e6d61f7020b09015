using MfaConformance.Bdd.Configuration;
using MfaConformance.Bdd.Runtime;
namespace MfaConformance.Bdd.Tests.Runtime;

/// <summary>Runs of the sample features with this assembly's bindings, reports in a folder of their own.</summary>
internal static class SampleRuns
{
    public const string ReqnrollJson = """
        { "runtime": { "missingOrPendingStepsOutcome": "Pending" },
          "formatters": { "message": { "outputFilePath": "messages.ndjson" }, "html": { "outputFilePath": "report.html" }, "junit": { "outputFilePath": "junit.xml" } } }
        """;

    public static BddRun Create(string feature, string reportFolder, Action<BddOptions>? configure = null)
    {
        var options = BddConfiguration.Parse(ReqnrollJson, AppContext.BaseDirectory);
        options.FeaturePaths.Clear();
        options.FeaturePaths.Add(Path.Combine("Samples", feature));
        options.OutputFolder = reportFolder;
        options.TestAssembly = typeof(SampleRuns).Assembly;
        configure?.Invoke(options);
        return BddRun.Create(options);
    }

    public static string TempFolder() => Directory.CreateTempSubdirectory("bdd-tests-").FullName;
}
