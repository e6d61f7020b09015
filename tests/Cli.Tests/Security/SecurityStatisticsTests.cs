using System.Globalization;
using System.Security.Cryptography;
using MfaConformance.Cli.Security;

namespace MfaConformance.Cli.Tests.Security;

/// <summary>The security stage's statistics on samples whose answer is known.</summary>
public sealed class SecurityStatisticsTests
{
    [Fact]
    public void Entropy_ACounter_IsFarBelow64BitsWhateverItsLength()
    {
        var counter = Enumerable.Range(1, 2000).Select(i => "T-" + i.ToString("x16", CultureInfo.InvariantCulture)).ToList();

        var e = SecurityStatistics.Entropy(counter);

        e.Collisions.ShouldBe(0);
        e.Bits.ShouldBeLessThan(16);
        e.HeaderLength.ShouldBe(15, "T- and 13 leading zeros are shared by all");
    }

    [Fact]
    public void Entropy_RandomGuids_AreFarAbove64BitsWithoutCollisions()
    {
        var ids = Enumerable.Range(0, 2000).Select(_ => "P-" + Guid.NewGuid().ToString("D")).ToList();

        var e = SecurityStatistics.Entropy(ids);

        e.Collisions.ShouldBe(0);
        e.Bits.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Collisions_OtpsFromAThousandValues_AreCertainlyFlaggedAndUniformOnesAreNot()
    {
        var weak = Enumerable.Range(0, 1000).Select(_ => ((RandomNumberGenerator.GetInt32(1000) * 7_919_113L + 104_729L) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture)).ToList();
        var uniform = Enumerable.Range(0, 1000).Select(_ => RandomNumberGenerator.GetInt32(1_000_000).ToString("D6", CultureInfo.InvariantCulture)).ToList();

        SecurityStatistics.Collisions(weak, 1e6).P.ShouldBeLessThan(1e-12);
        SecurityStatistics.Collisions(uniform, 1e6).Expected.ShouldBe(0.4995, 0.0001);
    }

    [Fact]
    public void DigitUniformity_OnlyOddDigits_IsRejected()
    {
        var odd = Enumerable.Range(0, 500).Select(i => string.Concat(Enumerable.Range(0, 6).Select(j => (char)('1' + (2 * ((i + j) % 5)))))).ToList();

        SecurityStatistics.DigitUniformity(odd).P.ShouldBeLessThan(1e-6);
    }

    [Fact]
    public void Box_SameDistribution_FalseAlarmRateStaysUnderAlpha()
    {
        // 2000 comparisons of two samples of 40 from one skewed distribution at α = 0.05: at most 5 % may differ
        var random = new Random(2026);
        double Draw() => 1 + (-Math.Log(1 - random.NextDouble()) * 0.2);
        var alarms = Enumerable.Range(0, 2000).Count(_ =>
            SecurityStatistics.Box([.. Enumerable.Range(0, 40).Select(_ => Draw())], [.. Enumerable.Range(0, 40).Select(_ => Draw())], 0.05).Differ);

        alarms.ShouldBeLessThanOrEqualTo(100, $"{alarms} of 2000");
    }

    [Fact]
    public void Box_AOneMillisecondShift_IsFoundAtFortyPerGroup()
    {
        var random = new Random(7);
        double Draw() => 1 + (-Math.Log(1 - random.NextDouble()) * 0.2);
        var a = Enumerable.Range(0, 40).Select(_ => Draw()).ToList();
        var b = Enumerable.Range(0, 40).Select(_ => Draw() + 1).ToList();

        var box = SecurityStatistics.Box(a, b, SecurityOptions.Alpha);

        box.Differ.ShouldBeTrue();
        box.Shift.ShouldBe(1, 0.2);
        box.Detectable.ShouldBeLessThan(1);
    }

    [Fact]
    public void SerialCorrelation_ASequenceFollowingItsPredecessor_IsFlagged()
    {
        var values = new List<double> { 0.5 };
        var random = new Random(3);
        for (var i = 1; i < 500; i++)
        {
            values.Add((0.9 * values[^1]) + (0.1 * random.NextDouble()));
        }

        SecurityStatistics.SerialCorrelation(values).P.ShouldBeLessThan(1e-6);
    }
}
