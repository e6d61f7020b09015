using System.Reflection;
using MfaConformance.Bdd;
using MfaConformance.Bdd.Gherkin;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Client;
using MfaConformance.Client.Transport;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.StepDefinitions.Actions;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.StepDefinitions.Tests.Support;
namespace MfaConformance.StepDefinitions.Tests.Actions;

/// <summary>What a binding declares is what it does: each action binding the features use calls the endpoint of the action it declares.</summary>
public sealed class DeclaredActionsTests
{
    [Fact]
    public async Task EveryActionBindingOfTheFeatures_CallsTheEndpointOfItsDeclaredAction()
    {
        await using var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { PasswordHashIterations = 1_000 });
        await using var target = await ConformanceTarget.CreateAsync(new TargetOptions { BaseUrl = server.BaseUrl });
        var options = SuiteOptions.Load();
        options.TestAssembly = typeof(DeclaredActionProbe).Assembly;
        var log = new ActionProbeLog();
        await using var run = BddRun.Create(options);
        run.RegisterInstance(target);
        run.RegisterInstance(log);
        await run.StartAsync();

        var firstUse = new Dictionary<MethodInfo, GherkinPickle>();
        foreach (var pickle in run.AllPickles)
        {
            foreach (var binding in pickle.Steps.Select(s => run.FindBinding(s)?.Method).OfType<MethodInfo>().Where(m => ApiActions.Of(m) is not null))
            {
                firstUse.TryAdd(binding, pickle);
            }
        }

        foreach (var pickle in firstUse.Values.Distinct())
        {
            await run.RunPickleAsync(pickle);
        }

        await run.FinishAsync();
        foreach (var (binding, declared, called) in log.Steps)
        {
            // an action is its endpoint's path: logout by POST (#7) is the same action as by DELETE
            called.Select(e => e.Path).ShouldContain(declared.Endpoint.Path, $"{binding.DeclaringType!.Name}.{binding.Name} declares {declared.Id} but called {string.Join(", ", called.Select(e => e.ShortName))}");
        }

        firstUse.Keys.Select(ApiActions.Of).OfType<ApiAction>().Select(a => a.Id).Distinct().Count().ShouldBe(ApiActions.All.Count, "the features make every action");
        log.Steps.Select(s => s.Binding).Distinct().ShouldBe(firstUse.Keys, ignoreOrder: true, "each action binding ran and passed at least once");
    }
}
