namespace MfaConformance.LoadEngine.Progress;

/// <summary>Shows live progress while <paramref name="loop"/> runs; the loop pushes snapshots through the callback.</summary>
internal interface IProgressDisplay
{
    Task RunAsync(Func<Action<ProgressSnapshot>, Task> loop);
}
