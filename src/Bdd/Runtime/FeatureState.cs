namespace MfaConformance.Bdd;

/// <summary>Per-feature state of a run: its context and a once-only [BeforeFeature] start (scenarios may run in parallel).</summary>
internal sealed class FeatureState(FeatureContext context)
{
    private readonly Lock _gate = new();
    private Task? _start;

    public FeatureContext Context { get; } = context;

    public bool Started { get; private set; }

    public Exception? Error { get; private set; }

    public Task EnsureStartedAsync(Func<FeatureContext, Task> runBeforeFeature)
    {
        lock (_gate)
        {
            Started = true;
            return _start ??= RunAsync(runBeforeFeature);
        }
    }

    private async Task RunAsync(Func<FeatureContext, Task> runBeforeFeature)
    {
        try
        {
            await runBeforeFeature(Context).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Error = ex;
        }
    }
}
