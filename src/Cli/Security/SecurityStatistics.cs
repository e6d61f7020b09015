using MathNet.Numerics.Distributions;

namespace MfaConformance.Cli.Security;

/// <summary>The statistics of the security stage (MathNet.Numerics for the distributions).</summary>
internal static class SecurityStatistics
{
    /// <summary>
    /// Unpredictability of opaque strings: the header every sample shares, the collisions, the longest prefix two samples
    /// share beyond that header, and the sum over character positions of the Miller–Madow entropy of each position. The
    /// sum is an upper bound of the real entropy (it assumes positions independent and cannot see a keyed hash of a
    /// counter), so a value under 64 bits is certain evidence of too little randomness, never a false alarm.
    /// </summary>
    public static EntropyEstimate Entropy(IReadOnlyList<string> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count < 2)
        {
            return new EntropyEstimate(samples.Count, 0, 0, 0, 0, 0);
        }

        var header = CommonPrefix(samples);
        var distinct = samples.Distinct(StringComparer.Ordinal).Count();
        var sorted = samples.Select(s => s[header..]).Order(StringComparer.Ordinal).ToList();
        var shared = 0;
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i] != sorted[i - 1])
            {
                shared = Math.Max(shared, CommonPrefix(sorted[i - 1], sorted[i]));
            }
        }

        var bits = 0.0;
        var longest = samples.Max(s => s.Length);
        for (var position = header; position < longest; position++)
        {
            var counts = new Dictionary<char, int>();
            var n = 0;
            foreach (var s in samples)
            {
                if (position < s.Length)
                {
                    counts[s[position]] = counts.GetValueOrDefault(s[position]) + 1;
                    n++;
                }
            }

            if (n < samples.Count / 2)
            {
                break;
            }

            var plugIn = -counts.Values.Sum(c => c / (double)n * Math.Log2(c / (double)n));
            bits += Math.Max(0, plugIn + ((counts.Count - 1) / (2.0 * n * Math.Log(2))));
        }

        var alphabet = samples.SelectMany(s => s[header..]).Distinct().Count();
        return new EntropyEstimate(samples.Count, samples.Count - distinct, header, shared, bits, alphabet);
    }

    /// <summary>Pearson's chi-square of the digits at each position against uniform (9 degrees of freedom per position); the p-value.</summary>
    public static (double ChiSquare, int Freedom, double P) DigitUniformity(IReadOnlyList<string> otps)
    {
        ArgumentNullException.ThrowIfNull(otps);
        var length = otps.Min(o => o.Length);
        var chi = 0.0;
        for (var position = 0; position < length; position++)
        {
            var counts = new int[10];
            foreach (var otp in otps)
            {
                counts[otp[position] - '0']++;
            }

            var expected = otps.Count / 10.0;
            chi += counts.Sum(c => (c - expected) * (c - expected) / expected);
        }

        var freedom = 9 * length;
        return (chi, freedom, 1 - ChiSquared.CDF(freedom, chi));
    }

    /// <summary>Lag-1 serial correlation of the values in issue order; under independence √n·r is standard normal (two-sided p).</summary>
    public static (double R, double P) SerialCorrelation(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var n = values.Count;
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean));
        if (n < 3 || variance == 0)
        {
            return (1, 0);
        }

        var covariance = 0.0;
        for (var i = 1; i < n; i++)
        {
            covariance += (values[i] - mean) * (values[i - 1] - mean);
        }

        var r = covariance / variance;
        return (r, 2 * (1 - Normal.CDF(0, 1, Math.Abs(r) * Math.Sqrt(n))));
    }

    /// <summary>
    /// The birthday test: pairs of equal values among n draws from a space of <paramref name="space"/> values; under
    /// uniform draws their number is Poisson with mean n(n−1)/(2·space); the p-value of at least that many.
    /// </summary>
    public static (long Pairs, double Expected, double P) Collisions(IReadOnlyList<string> values, double space)
    {
        ArgumentNullException.ThrowIfNull(values);
        var pairs = values.GroupBy(v => v, StringComparer.Ordinal).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        var expected = values.Count * (values.Count - 1.0) / (2 * space);
        var p = pairs == 0 ? 1 : 1 - Poisson.CDF(expected, pairs - 1);
        return (pairs, expected, p);
    }

    /// <summary>
    /// Crosby's box test made exact: the distribution-free confidence interval (order statistics) of the
    /// <paramref name="quantile"/> quantile of each sample at 1 − α/2 each; the samples differ when the two boxes do not
    /// overlap. Under no difference that happens with probability at most α. The detectable shift is the one that
    /// would just separate boxes of the observed widths.
    /// </summary>
    public static BoxTest Box(IReadOnlyList<double> a, IReadOnlyList<double> b, double alpha, double quantile = 0.1)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (a1, a2) = QuantileInterval(a, quantile, alpha / 2);
        var (b1, b2) = QuantileInterval(b, quantile, alpha / 2);
        var differ = a2 < b1 || b2 < a1;
        var detectable = ((a2 - a1) + (b2 - b1)) / 2;
        return new BoxTest(differ, a1, a2, b1, b2, Quantile(b, quantile) - Quantile(a, quantile), detectable);
    }

    public static double Quantile(IReadOnlyList<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Floor(q * (sorted.Length - 1)), 0, sorted.Length - 1)];
    }

    /// <summary>[X(l), X(u)] covering the q-quantile with probability ≥ 1 − alpha (binomial order statistics).</summary>
    private static (double Low, double High) QuantileInterval(IReadOnlyList<double> values, double q, double alpha)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        var low = 0;
        while (low + 1 < n && Binomial.CDF(q, n, low) <= alpha / 2)
        {
            low++;
        }

        var high = n - 1;
        while (high - 1 > low && 1 - Binomial.CDF(q, n, high - 1) <= alpha / 2)
        {
            high--;
        }

        return (sorted[low], sorted[high]);
    }

    private static int CommonPrefix(IReadOnlyList<string> samples)
    {
        var prefix = samples[0].Length;
        for (var i = 1; i < samples.Count && prefix > 0; i++)
        {
            prefix = Math.Min(prefix, CommonPrefix(samples[0], samples[i]));
        }

        return prefix;
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }
}
