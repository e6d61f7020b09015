namespace MfaConformance.LoadEngine.Stats;

/// <summary>The first <see cref="Capacity"/> failed calls of a step with their trace ids; lock-free, the rest only counted.</summary>
internal sealed class FailedCallSamples
{
    public const int Capacity = 10;

    private readonly FailedCall?[] _calls = new FailedCall?[Capacity];
    private int _next;

    public void Add(FailedCall call)
    {
        if (Volatile.Read(ref _next) >= Capacity)
        {
            return;
        }

        var slot = Interlocked.Increment(ref _next) - 1;
        if (slot < Capacity)
        {
            Volatile.Write(ref _calls[slot], call);
        }
    }

    public IReadOnlyList<FailedCall> Snapshot() => [.. _calls.Select(c => Volatile.Read(ref c)).OfType<FailedCall>()];
}
