namespace MfaConformance.StepDefinitions;

/// <summary>The scenario's hold on the <see cref="ClockGate"/>; released when the scenario's objects are disposed.</summary>
public sealed class ClockLeaseContext : IAsyncDisposable
{
    private IAsyncDisposable? _lease;

    public bool IsExclusive { get; private set; }

    public async Task AcquireAsync(ClockGate gate, bool exclusive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gate);
        if (_lease is not null)
        {
            throw new InvalidOperationException("The scenario already holds the clock gate.");
        }

        _lease = exclusive
            ? await gate.EnterExclusiveAsync(cancellationToken).ConfigureAwait(false)
            : await gate.EnterSharedAsync(cancellationToken).ConfigureAwait(false);
        IsExclusive = exclusive;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _lease, null) is { } lease)
        {
            await lease.DisposeAsync().ConfigureAwait(false);
        }
    }
}
