using CsCheck;

namespace MfaConformance.Explorer.Generation;

/// <summary>Choices drawn from one PCG stream, so a program is a function of its seed.</summary>
internal sealed class Dice(PCG pcg)
{
    public PCG Pcg { get; } = pcg;

    /// <summary>0 ≤ result &lt; <paramref name="n"/>.</summary>
    public int Below(int n) => n <= 1 ? 0 : (int)Pcg.Next((uint)n);

    /// <summary><paramref name="min"/> ≤ result ≤ <paramref name="max"/>.</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    public bool Chance(int percent) => Below(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>One of the weighted options (weights ≤ 0 are never chosen); the first when every weight is 0.</summary>
    public T Weighted<T>(params (int Weight, T Value)[] options)
    {
        var total = options.Sum(o => Math.Max(0, o.Weight));
        if (total == 0)
        {
            return options[0].Value;
        }

        var roll = Below(total);
        foreach (var (weight, value) in options)
        {
            if (weight <= 0)
            {
                continue;
            }

            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return options[^1].Value;
    }

    public T Generate<T>(Gen<T> gen) => gen.Generate(Pcg, null, out _);
}
