namespace MfaConformance.Bdd;

/// <summary>
/// Prepares a test run under xUnit (e.g. starts the embedded server and registers the target). Named by
/// <see cref="BddTestRunHostAttribute"/>; created once per test run with a public parameterless constructor,
/// started before the first scenario and disposed after the last one.
/// </summary>
public interface IBddTestRunHost : IAsyncDisposable
{
    Task StartAsync(BddRuntime runtime, CancellationToken cancellationToken);
}
