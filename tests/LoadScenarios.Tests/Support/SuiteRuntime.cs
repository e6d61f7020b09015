using MfaConformance.Bdd;
using MfaConformance.Bdd.Configuration;
using MfaConformance.Bdd.Runtime;
using MfaConformance.LoadScenarios.Target;
namespace MfaConformance.LoadScenarios.Tests.Support;

/// <summary>The load's Reqnroll run over the repository's features and step definitions (no reports), started.</summary>
internal static class SuiteRuntime
{
    public static BddRun Create() => LoadReqnrollRun.Create(BddConfiguration.Load(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), BddConfiguration.FileName)));

    public static async Task<BddRun> StartAsync(LoadTarget target)
    {
        var run = Create();
        await LoadReqnrollRun.StartAsync(run, target);
        return run;
    }
}
