using System.Globalization;

namespace MfaConformance.Explorer.Model;

/// <summary>
/// The target-time between two moments, in seconds: at least <see cref="Min"/> (a clock that only moves when told to),
/// at most <see cref="Max"/> (a clock that also runs with the wall clock, plus <see cref="Slack"/>).
/// </summary>
public readonly record struct AgeRange(double Min, double Max)
{
    /// <summary>Added to the upper bound for clock granularity and scheduling between the harness and the target.</summary>
    public const double Slack = 0.5;

    /// <summary>Yes when the age is certainly past <paramref name="lifetimeSeconds"/>, No when certainly before, Maybe at the boundary.</summary>
    public Tri IsPast(double lifetimeSeconds) => Max < lifetimeSeconds ? Tri.No : Min > lifetimeSeconds ? Tri.Yes : Tri.Maybe;

    /// <summary>Yes when the age is certainly below <paramref name="seconds"/>, No when certainly above or at it.</summary>
    public Tri IsWithin(double seconds) => Max < seconds ? Tri.Yes : Min >= seconds ? Tri.No : Tri.Maybe;

    public override string ToString() => Math.Abs(Max - Min) < 1
        ? Describe(Min)
        : $"{Describe(Min)} to {Describe(Max)}";

    public static string Describe(double seconds)
    {
        var whole = (long)Math.Floor(seconds);
        return whole >= 60
            ? string.Create(CultureInfo.InvariantCulture, $"{whole / 60} min {whole % 60} s")
            : string.Create(CultureInfo.InvariantCulture, $"{whole} s");
    }
}
