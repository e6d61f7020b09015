using MfaConformance.Bdd;
using MfaConformance.Bdd.Configuration;
using MfaConformance.Bdd.Runtime;
namespace MfaConformance.StepDefinitions.Tests.Support;

/// <summary>The repository's reqnroll.json and features, without report files, for suite runs inside tests.</summary>
internal static class SuiteOptions
{
    public static BddOptions Load(string? tagFilter = null)
    {
        var options = BddConfiguration.Load(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), BddConfiguration.FileName));
        options.Formatters.Clear();
        options.TagFilter = tagFilter;
        return options;
    }
}
