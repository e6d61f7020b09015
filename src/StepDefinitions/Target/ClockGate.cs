namespace MfaConformance.StepDefinitions.Target;

/// <summary>
/// The target's clock is shared by every scenario: a scenario that moves it must not run beside others
/// (their sessions and tokens would expire under them). Scenarios that move the clock take the gate
/// exclusively, the others share it; a waiting exclusive holder stops new shared holders (no starvation).
/// A lease is released by Dispose or DisposeAsync (Reqnroll's container disposes scenario objects synchronously).
/// </summary>
public sealed class ClockGate
{
    private readonly SemaphoreSlim _turnstile = new(1, 1);
    private readonly SemaphoreSlim _room = new(1, 1);
    private readonly SemaphoreSlim _counter = new(1, 1);
    private int _sharedHolders;

    public async Task<IAsyncDisposable> EnterSharedAsync(CancellationToken cancellationToken)
    {
        await _turnstile.WaitAsync(cancellationToken).ConfigureAwait(false);
        _turnstile.Release();
        await _counter.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (++_sharedHolders == 1)
            {
                await _room.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            _sharedHolders--;
            throw;
        }
        finally
        {
            _counter.Release();
        }

        return new Release(ExitShared);
    }

    public async Task<IAsyncDisposable> EnterExclusiveAsync(CancellationToken cancellationToken)
    {
        await _turnstile.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _room.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _turnstile.Release();
            throw;
        }

        return new Release(() =>
        {
            _room.Release();
            _turnstile.Release();
        });
    }

    private void ExitShared()
    {
        _counter.Wait();
        try
        {
            if (--_sharedHolders == 0)
            {
                _room.Release();
            }
        }
        finally
        {
            _counter.Release();
        }
    }

    private sealed class Release(Action release) : IAsyncDisposable, IDisposable
    {
        private Action? _release = release;

        public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
