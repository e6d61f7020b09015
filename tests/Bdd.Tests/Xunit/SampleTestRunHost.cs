[assembly: MfaConformance.Bdd.BddTestRunHost(typeof(MfaConformance.Bdd.Tests.Xunit.SampleTestRunHost))]

namespace MfaConformance.Bdd.Tests.Xunit;

/// <summary>The test run host of this assembly: registers <see cref="IHostMarker"/>, which the Xunit samples require.</summary>
public sealed class SampleTestRunHost : IBddTestRunHost
{
    public Task StartAsync(BddRuntime runtime, CancellationToken cancellationToken)
    {
        runtime.RegisterInstance<IHostMarker>(new HostMarker("sample host"));
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed record HostMarker(string Name) : IHostMarker;
}
