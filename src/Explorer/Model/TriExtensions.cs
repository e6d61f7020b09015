namespace MfaConformance.Explorer.Model;

/// <summary>Kleene's three-valued logic over <see cref="Tri"/>.</summary>
public static class TriExtensions
{
    public static Tri Or(this Tri a, Tri b) => (Tri)Math.Max((int)a, (int)b);

    public static Tri And(this Tri a, Tri b) => (Tri)Math.Min((int)a, (int)b);

    public static Tri Not(this Tri a) => (Tri)(2 - (int)a);

    public static Tri From(bool value) => value ? Tri.Yes : Tri.No;

    /// <summary>Yes when every value is Yes, No when one is No, else Maybe.</summary>
    public static Tri All(this IEnumerable<Tri> values) => values.Aggregate(Tri.Yes, And);

    /// <summary>Yes when one value is Yes, No when every one is No, else Maybe.</summary>
    public static Tri Any(this IEnumerable<Tri> values) => values.Aggregate(Tri.No, Or);
}
