using MfaConformance.StepDefinitions;

using MfaConformance.StepDefinitions.Contexts;
namespace MfaConformance.LoadScenarios.Data;

/// <summary>Customers provisioned before the clock starts; each iteration takes the next one (thread-safe, never reused).</summary>
public sealed class CustomerPool
{
    private readonly MfaCustomer[] _customers;
    private long _next = -1;

    public CustomerPool(IEnumerable<MfaCustomer> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        _customers = [.. customers];
    }

    public static CustomerPool Empty { get; } = new([]);

    public int Count => _customers.Length;

    /// <summary>How many were handed out (may exceed <see cref="Count"/> when iterations ran out of customers).</summary>
    public long Taken => Math.Min(Interlocked.Read(ref _next) + 1, long.MaxValue);

    /// <summary>Every provisioned customer (tests look for their secrets in reports).</summary>
    public IReadOnlyList<MfaCustomer> All => _customers;

    /// <summary>The next unused customer, or null when all were used.</summary>
    public MfaCustomer? TryTake()
    {
        var index = Interlocked.Increment(ref _next);
        return index < _customers.Length ? _customers[index] : null;
    }
}
