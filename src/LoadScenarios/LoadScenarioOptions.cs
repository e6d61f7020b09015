namespace MfaConformance.LoadScenarios;

/// <summary>
/// Load shape and data of the scenarios built here. Defaults: Inject 20 iterations/s for 30 s after a 2 s warm-up,
/// a fixed data seed (reproducible customers), at most 20,000 pre-provisioned customers per scenario.
/// </summary>
public sealed record LoadScenarioOptions
{
    public const int DefaultSeed = 20_261_122;

    /// <summary>Iterations started per second (open model).</summary>
    public double Rate { get; init; } = 20;

    /// <summary>Length of the measured load phase.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Warm-up at the same rate, not measured (zero for none).</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Replaces the Inject(Rate, Duration) shape when set (tests use IterationsForConstant).</summary>
    public IReadOnlyList<LoadEngine.LoadSimulation>? Simulations { get; init; }

    /// <summary>Seed of the Bogus data (identities, passwords): the same seed gives the same customers.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Customers to provision before the clock starts; null: one per planned iteration (bounded by <see cref="MaxCustomers"/>).</summary>
    public int? Customers { get; init; }

    /// <summary>
    /// This process's part of the customers in a cluster run: customer sequence numbers are interleaved
    /// (sequence · Count + Index), so no two agents ever provision or use one customer.
    /// </summary>
    public LoadEngine.ExecutionSegment Partition { get; init; } = LoadEngine.ExecutionSegment.Whole;

    /// <summary>Upper bound of customers provisioned before the clock starts.</summary>
    public int MaxCustomers { get; init; } = 20_000;

    /// <summary>Customers provisioned when the shape has no fixed bound (closed, time-bound simulations).</summary>
    public int CustomersWhenUnbounded { get; init; } = 2_000;

    /// <summary>
    /// Customers per POST /__harness/v1/customers; null (the default) sizes batches from a first probe batch so
    /// that one call takes about <see cref="ProvisionCallTarget"/> whatever the target's password hashing costs.
    /// </summary>
    public int? ProvisionBatchSize { get; init; }

    /// <summary>The time one adaptive provisioning call aims at (5 s): far below <see cref="ProvisionTimeout"/>.</summary>
    public TimeSpan ProvisionCallTarget { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Timeout of one provisioning call (2 min); API calls keep the target's own timeout.</summary>
    public TimeSpan ProvisionTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Provisioning calls in flight at once (a target hashes each batch on one core; 4 keep a few busy).</summary>
    public int ProvisionConcurrency { get; init; } = 4;

    /// <summary>
    /// A pause at the start of every C# flow iteration, inside its measured time (none by default): it makes a process
    /// slower than its schedule on purpose (the cluster tests' agent that cannot keep its rate).
    /// </summary>
    public TimeSpan IterationDelay { get; init; }

    /// <summary>The deviceId every iteration logs in with (each iteration has its own customer).</summary>
    public string Device { get; init; } = "load-device-1";

    /// <summary>The load simulations these options describe.</summary>
    public IReadOnlyList<LoadEngine.LoadSimulation> ToSimulations()
    {
        if (Simulations is { Count: > 0 } simulations)
        {
            return simulations;
        }

        if (Rate <= 0 || double.IsNaN(Rate) || double.IsInfinity(Rate))
        {
            throw new ArgumentOutOfRangeException(nameof(Rate), Rate, "the rate must be a positive number of iterations per second");
        }

        // A whole rate per second; otherwise the rate per 10 s (0.5/s = 5 per 10 s), never below 1.
        var whole = Math.Abs(Rate - Math.Round(Rate)) < 1e-9;
        var (count, interval) = whole
            ? ((int)Math.Round(Rate), TimeSpan.FromSeconds(1))
            : (Math.Max(1, (int)Math.Round(Rate * 10)), TimeSpan.FromSeconds(10));
        return [LoadEngine.Simulation.Inject(count, interval, Duration)];
    }
}
