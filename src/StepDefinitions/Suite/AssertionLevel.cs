namespace MfaConformance.StepDefinitions.Suite;

/// <summary>The level tags of features/README.md: exactly one per pickle.</summary>
public static class AssertionLevel
{
    public const string Documented = "documented";
    public const string Inferred = "inferred";
    public const string Hardening = "hardening";

    public static readonly IReadOnlyList<string> All = [Documented, Inferred, Hardening];

    /// <summary>The level of a pickle from its tags (with or without '@'); "unlevelled" when none is present.</summary>
    public static string Of(IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var names = tags.Select(t => t.TrimStart('@')).ToArray();
        return All.FirstOrDefault(l => names.Contains(l, StringComparer.OrdinalIgnoreCase)) ?? "unlevelled";
    }
}
