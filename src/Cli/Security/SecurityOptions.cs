namespace MfaConformance.Cli.Security;

/// <summary>
/// What the security stage runs and how large its samples are. Sizes follow from <see cref="Samples"/> (N): N session
/// ids and first-factor tokens, N/2 complete first factors (USER tokens, keys and OTPs), N/10 timed calls per timing
/// group. Each statistical test runs at <see cref="Alpha"/>; see docs/security.md for the power these sizes give.
/// </summary>
internal sealed record SecurityOptions
{
    public const double Alpha = 0.001;

    /// <summary>The check names, in the order they run (the secrecy scan runs beside all of them and is judged last).</summary>
    public static readonly IReadOnlyList<string> CheckNames = ["secrecy", "entropy", "brute-force", "enumeration", "timing", "session-binding", "password-policy", "input-bounds"];

    public int Samples { get; init; } = Targets.Settings.SettingDefaults.SecuritySamples;

    /// <summary>The checks to run (empty: all of <see cref="CheckNames"/>).</summary>
    public IReadOnlyList<string> Checks { get; init; } = [];

    /// <summary>The target is the embedded server in this process: the input-bounds check also measures its heap.</summary>
    public bool Embedded { get; init; }

    /// <summary>Progress lines (null: quiet).</summary>
    public TextWriter? Output { get; init; }

    public int FlowSamples => Math.Max(100, Samples / 2);

    public int TimingSamples => Math.Max(20, Samples / 10);

    /// <summary>Wrong guesses per hour a brute-force measurement drives at most (ASVS 2.2.1's limit is 100).</summary>
    public int BruteForceCap => 150;

    /// <summary>First-factor calls with new 60 KB identifiers (the measurement: 300 persisted +83 MiB).</summary>
    public int GrowthCalls => Math.Max(30, Samples * 3 / 20);

    public bool Runs(string check) => Checks.Count == 0 || Checks.Contains(check, StringComparer.Ordinal);
}
