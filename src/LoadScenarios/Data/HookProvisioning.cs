using System.Diagnostics;
using System.Globalization;
using MfaConformance.Client;
using MfaConformance.Client.Hooks;
using MfaConformance.Client.Responses;
using MfaConformance.LoadScenarios.Steps;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Contexts;
namespace MfaConformance.LoadScenarios.Data;

/// <summary>
/// Creates customers through POST /__harness/v1/customers before the clock starts. A target that hashes passwords
/// at production strength (PBKDF2 100,000 iterations: tens of ms per customer) needs small batches and a long
/// timeout: a first probe batch measures the cost per customer, later batches are sized so one call takes about
/// <see cref="LoadScenarioOptions.ProvisionCallTarget"/>, and <see cref="LoadScenarioOptions.ProvisionConcurrency"/>
/// calls run at once. Progress goes to the log about every 2 s; a failure names the call, the batch, the timeout
/// and what came back.
/// </summary>
internal sealed class HookProvisioning(HooksClient hooks, LoadScenarioOptions options, Action<string> log)
{
    private const int ProbeBatch = 10;
    private const int MaxBatch = 500;
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(2);
    private readonly object _gate = new();
    private int _done;
    private int _batchesStarted;
    private TimeSpan _lastProgress;

    public async Task<TimeSpan> RunAsync(IReadOnlyList<MfaCustomer> customers, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (customers.Count == 0)
        {
            return clock.Elapsed;
        }

        var fixedSize = options.ProvisionBatchSize is { } size ? Math.Clamp(size, 1, MaxBatch) : (int?)null;
        var first = Math.Min(fixedSize ?? ProbeBatch, customers.Count);
        var probe = Stopwatch.StartNew();
        await SendAsync(customers, 0, first, EstimatedBatches(customers.Count, first, first), cancellationToken).ConfigureAwait(false);
        var perCustomer = probe.Elapsed / first;
        var batch = fixedSize ?? (int)Math.Clamp(options.ProvisionCallTarget.Ticks / (double)Math.Max(perCustomer.Ticks, 1), ProbeBatch, MaxBatch);
        var batches = EstimatedBatches(customers.Count, first, batch);
        var next = first;
        var concurrency = Math.Max(1, options.ProvisionConcurrency);
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                int start;
                lock (_gate)
                {
                    start = next;
                    next = Math.Min(customers.Count, next + batch);
                }

                if (start >= customers.Count)
                {
                    return;
                }

                await SendAsync(customers, start, Math.Min(batch, customers.Count - start), batches, cancellationToken).ConfigureAwait(false);
                Progress(customers.Count, clock.Elapsed, force: false);
            }
        }, cancellationToken)).ToList();
        await Task.WhenAll(workers).ConfigureAwait(false);
        return clock.Elapsed;
    }

    private static int EstimatedBatches(int count, int first, int batch) => 1 + (int)Math.Ceiling(Math.Max(0, count - first) / (double)batch);

    private async Task SendAsync(IReadOnlyList<MfaCustomer> customers, int start, int length, int batches, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _batchesStarted);
        var slice = new HookCustomer[length];
        for (var i = 0; i < length; i++)
        {
            var c = customers[start + i];
            slice[i] = new HookCustomer(c.Brand, c.IdentifierType, c.IdentifierValue, c.Password);
        }

        var response = await hooks.CreateCustomersAsync(slice, options.ProvisionTimeout, cancellationToken).ConfigureAwait(false);
        if (!response.IsHttpSuccess)
        {
            throw new LoadScenarioException(Failure(response, number, batches, start, length));
        }

        Interlocked.Add(ref _done, length);
    }

    private string Failure(ApiResponse response, int number, int batches, int start, int length)
    {
        var what = response.TransportError is { } transport
            ? $"no answer: {StepOutcomes.Shorten(transport)}"
            : $"answered HTTP {response.StatusCode.ToString(CultureInfo.InvariantCulture)}: {Snippet(response.RedactedBody)}";
        return $"provisioning customers through the sandbox hooks failed: {response.CallName}, batch {number.ToString(CultureInfo.InvariantCulture)} of ~{batches.ToString(CultureInfo.InvariantCulture)} "
            + $"(customers {(start + 1).ToString(CultureInfo.InvariantCulture)}-{(start + length).ToString(CultureInfo.InvariantCulture)}), "
            + $"timeout {Seconds(options.ProvisionTimeout)} per call: {what}";
    }

    private static string Seconds(TimeSpan timeout) => timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    private static string Snippet(string body)
    {
        var flat = body.ReplaceLineEndings(" ").Trim();
        return flat.Length == 0 ? "(empty body)" : flat.Length <= 200 ? flat : flat[..200] + "…";
    }

    private void Progress(int total, TimeSpan elapsed, bool force)
    {
        lock (_gate)
        {
            if (!force && elapsed - _lastProgress < ProgressEvery)
            {
                return;
            }

            _lastProgress = elapsed;
        }

        var done = Volatile.Read(ref _done);
        var rate = done / Math.Max(elapsed.TotalSeconds, 1e-3);
        var left = rate > 0 ? (total - done) / rate : 0;
        log($"provisioning: {done.ToString(CultureInfo.InvariantCulture)} of {total.ToString(CultureInfo.InvariantCulture)} customers ({(100.0 * done / total).ToString("0", CultureInfo.InvariantCulture)}%), {rate.ToString("0", CultureInfo.InvariantCulture)}/s, about {left.ToString("0", CultureInfo.InvariantCulture)} s left");
    }
}
