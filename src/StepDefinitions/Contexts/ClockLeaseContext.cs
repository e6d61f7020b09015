using MfaConformance.StepDefinitions.Target;
namespace MfaConformance.StepDefinitions.Contexts;

/// <summary>The scenario's hold on the <see cref="ClockGate"/>; released when Reqnroll disposes the scenario's container.</summary>
public sealed class ClockLeaseContext : IDisposable
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

    public void Dispose() => (Interlocked.Exchange(ref _lease, null) as IDisposable)?.Dispose();
}
