using System.Collections.Concurrent;
using System.Globalization;
using MfaConformance.Client.Exchange;

namespace MfaConformance.Cli.Security;

/// <summary>
/// Check 2, entropy and uniqueness: N session ids and first-factor (VIEW) tokens from token/generate, N/2 complete first
/// factors for USER tokens, keys and OTPs (read through the hook). Credentials: collisions, the shared header, the longest
/// shared prefix beyond it and an upper bound of the unpredictable bits (ASVS 3.2.2: at least 64). OTPs: digit
/// uniformity (χ²), serial correlation and the birthday test against uniform draws (ASVS 2.7.6).
/// </summary>
internal static class EntropyCheck
{
    public const string Name = "entropy";

    private const int Workers = 4;

    public static async Task<IReadOnlyList<SecurityCheckResult>> RunAsync(SecurityProbe probe, SecurityOptions options, CancellationToken ct)
    {
        var sessions = new ConcurrentQueue<string>();
        var views = new ConcurrentQueue<string>();
        ExchangeRecord? sessionExample = null;

        // one customer for every sample: tokens carry the identity, which must not pass for randomness
        var p = probe.NewPerson();
        await ParallelAsync(options.Samples, async (worker, count) =>
        {
            for (var i = 0; i < count; i++)
            {
                var r = await probe.TokenGenerateAsync(p, ct);
                sessionExample ??= r.Exchange;
                Add(sessions, r.User?.SessionId);
                Add(views, r.Auth?.Token);
            }
        });

        var users = new ConcurrentQueue<string>();
        var keys = new ConcurrentQueue<string>();
        var otps = new ConcurrentQueue<string>();
        ExchangeRecord? flowExample = null;
        await ParallelAsync(options.FlowSamples, async (worker, count) =>
        {
            for (var i = 0; i < count; i++)
            {
                var (validate, otp, _) = await probe.FirstFactorAsync(p, ct);
                flowExample ??= validate.Exchange;
                Add(users, validate.Auth?.Token);
                Add(keys, validate.Auth?.Key);
                Add(otps, otp);
            }
        });

        return
        [
            Credential("2a", "Session ids (user.sessionId of token/generate)", [.. sessions], sessionExample),
            Credential("2b", "First-factor tokens (VIEW, auth.token of token/generate)", [.. views], sessionExample),
            Credential("2c", "USER tokens (auth.token of otp/validate)", [.. users], flowExample),
            Credential("2d", "Keys (auth.key of otp/validate)", [.. keys], flowExample),
            Otps([.. otps], flowExample),
        ];

        async Task ParallelAsync(int total, Func<int, int, Task> work) =>
            await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => work(w, (total / Workers) + (w < total % Workers ? 1 : 0))));
    }

    private static void Add(ConcurrentQueue<string> queue, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            queue.Enqueue(value);
        }
    }

    private static SecurityCheckResult Credential(string id, string what, IReadOnlyList<string> samples, ExchangeRecord? example)
    {
        if (samples.Count < 100)
        {
            return new()
            {
                Check = Name,
                Id = id,
                Item = "ASVS 4.0 3.2.2",
                Title = what,
                Verdict = samples.Count == 0 ? SecurityVerdict.NotApplicable : SecurityVerdict.NotRun,
                Figure = $"{samples.Count} collected (the target issued too few to judge)",
                Evidence = SecurityEvidence.Of(example),
                Curl = SecurityEvidence.Curl(example),
            };
        }

        var e = SecurityStatistics.Entropy(samples);
        var weak = e.Collisions > 0 || e.Bits < 64;
        return new()
        {
            Check = Name,
            Id = id,
            Item = "ASVS 4.0 3.2.2, 3.2.4",
            Title = what,
            Verdict = weak ? SecurityVerdict.Finding : SecurityVerdict.Pass,
            Figure = string.Create(CultureInfo.InvariantCulture,
                $"{e.Samples} sampled: {e.Collisions} collisions; shared header {e.HeaderLength} chars; longest shared prefix beyond it {e.LongestSharedPrefix} chars ({e.Alphabet} symbols); ≤ {e.Bits:0} unpredictable bits"),
            Method = "Collisions counted exactly; the unpredictable bits are bounded above by the sum over character positions of each position's entropy "
                + "(Miller–Madow), which cannot overstate a counter's randomness: below 64 bits or any collision is a finding, with no false alarm from chance.",
            Evidence = SecurityEvidence.Of(example),
            Curl = SecurityEvidence.Curl(example),
        };
    }

    private static SecurityCheckResult Otps(IReadOnlyList<string> all, ExchangeRecord? example)
    {
        var length = all.Count == 0 ? 0 : all.GroupBy(o => o.Length).MaxBy(g => g.Count())!.Key;
        var otps = all.Where(o => o.Length == length && o.All(char.IsAsciiDigit)).ToList();
        if (otps.Count < 100)
        {
            return new()
            {
                Check = Name,
                Id = "2e",
                Item = "ASVS 4.0 2.7.6",
                Title = "OTPs (read through the sandbox hook)",
                Verdict = SecurityVerdict.NotRun,
                Figure = $"{otps.Count} OTPs read (the hook gave too few)",
            };
        }

        var digits = SecurityStatistics.DigitUniformity(otps);
        var serial = SecurityStatistics.SerialCorrelation([.. otps.Select(o => double.Parse(o, CultureInfo.InvariantCulture))]);
        var birthday = SecurityStatistics.Collisions(otps, Math.Pow(10, length));
        var alpha = SecurityOptions.Alpha;
        var flagged = digits.P < alpha || serial.P < alpha || birthday.P < alpha;
        return new()
        {
            Check = Name,
            Id = "2e",
            Item = "ASVS 4.0 2.7.6",
            Title = $"OTPs of {length} digits ({length * Math.Log2(10):0.#} bits if uniform; ASVS: about 20, six random digits suffice)",
            Verdict = flagged ? SecurityVerdict.Finding : SecurityVerdict.Pass,
            Figure = string.Create(CultureInfo.InvariantCulture,
                $"{otps.Count} OTPs: digits χ² = {digits.ChiSquare:0.0} ({digits.Freedom} df, p = {digits.P:0.####}); lag-1 correlation r = {serial.R:0.###} (p = {serial.P:0.####}); {birthday.Pairs} equal pairs ({birthday.Expected:0.##} expected, p = {birthday.P:0.####})"),
            Method = string.Create(CultureInfo.InvariantCulture,
                $"Three tests against independent uniform draws, each at α = {alpha}: Pearson's χ² of the digit at each position, the lag-1 serial correlation (√n·r normal) and the birthday test (equal pairs Poisson with mean n(n−1)/2·10^{length}); false-alarm rate ≤ {3 * alpha:0.###} (Bonferroni). The birthday test finds a generator of 1,000 values among 1,000 OTPs with certainty (≈ 500 pairs against 0.5)."),
            Evidence = SecurityEvidence.Of(example),
            Curl = SecurityEvidence.Curl(example),
        };
    }
}
