namespace MfaConformance.LoadEngine.Running;

/// <summary>Turns Ctrl+C into a graceful stop of the run (the process keeps running to write reports).</summary>
internal sealed class CtrlCHandler : IDisposable
{
    private readonly CancellationTokenSource _cts;

    private CtrlCHandler(CancellationTokenSource cts)
    {
        _cts = cts;
        Console.CancelKeyPress += OnCancelKeyPress;
    }

    public static IDisposable Register(bool enabled, CancellationTokenSource cts) =>
        enabled ? new CtrlCHandler(cts) : NoOp.Instance;

    public void Dispose() => Console.CancelKeyPress -= OnCancelKeyPress;

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        try
        {
            _cts.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // the run already ended
        }
    }

    private sealed class NoOp : IDisposable
    {
        public static readonly NoOp Instance = new();

        public void Dispose()
        {
        }
    }
}
