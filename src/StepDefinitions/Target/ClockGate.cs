namespace MfaConformance.StepDefinitions;

/// <summary>
/// The target's clock is shared by every scenario: a scenario that moves it must not run beside others
/// (their sessions and tokens would expire under them). Scenarios that move the clock take the gate
/// exclusively, the others share it; a waiting exclusive holder stops new shared holders (no starvation).
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

        return new Release(ExitSharedAsync);
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
            return Task.CompletedTask;
        });
    }

    private async Task ExitSharedAsync()
    {
        await _counter.WaitAsync().ConfigureAwait(false);
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

    private sealed class Release(Func<Task> release) : IAsyncDisposable
    {
        private Func<Task>? _release = release;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _release, null) is { } action)
            {
                await action().ConfigureAwait(false);
            }
        }
    }
}
