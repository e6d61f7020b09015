namespace MfaConformance.Bdd;

/// <summary>Base of all hook attributes. Tags filter which scenarios/features the hook applies to (any match).</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true, AllowMultiple = true)]
public abstract class HookAttribute(HookType hookType, string[] tags) : Attribute
{
    /// <summary>Reqnroll's default order.</summary>
    public const int DefaultOrder = 10000;

    public HookType HookType { get; } = hookType;

    /// <summary>Tag filter without the '@' (a leading '@' is tolerated). Empty: applies everywhere.</summary>
    public IReadOnlyList<string> Tags { get; } = tags;

    /// <summary>Lower runs first for before-hooks, and also first for after-hooks (as Reqnroll does).</summary>
    public int Order { get; set; } = DefaultOrder;
}
