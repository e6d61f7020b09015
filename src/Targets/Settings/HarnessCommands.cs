namespace MfaConformance.Targets.Settings;

/// <summary>The names the settings know the harness's entry points by (the commands, and the hosts without a command line).</summary>
public static class HarnessCommands
{
    public const string Accept = "accept";
    public const string Verify = "verify";
    public const string Explore = "explore";
    public const string Load = "load";
    public const string Mutants = "mutants";
    public const string Rules = "rules";
    public const string Compare = "compare";

    /// <summary>`security`: the security stage on its own (issue 21).</summary>
    public const string Security = "security";

    /// <summary>`agent`: no setting options; the coordinator's spec names the target.</summary>
    public const string Agent = "agent";

    /// <summary>The `dotnet test` hooks of tests/Conformance.Tests (file and environment only).</summary>
    public const string Test = "test";

    /// <summary>The benchmarks of bench/ (file and environment only).</summary>
    public const string Bench = "bench";

    /// <summary>The commands that run against a target.</summary>
    public static readonly IReadOnlyList<string> Targeted = [Accept, Verify, Explore, Load, Security];

    /// <summary>The commands that explore (issue 17).</summary>
    public static readonly IReadOnlyList<string> ExploreRuns = [Accept, Explore];

    /// <summary>The commands that run the security stage (issue 21).</summary>
    public static readonly IReadOnlyList<string> SecurityRuns = [Accept, Security];

    /// <summary>The commands that run the suite.</summary>
    public static readonly IReadOnlyList<string> SuiteRuns = [Accept, Verify];

    /// <summary>The commands that run load.</summary>
    public static readonly IReadOnlyList<string> LoadRuns = [Accept, Load];
}
