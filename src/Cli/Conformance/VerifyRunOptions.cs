namespace MfaConformance.Cli.Conformance;

/// <summary>What `verify` (and `accept`) ask of one run of the suite beyond the harness settings.</summary>
internal sealed record VerifyRunOptions
{
    /// <summary>Tag expression selecting scenarios (e.g. "@smoke", "@documented and not @needs-clock"); null: all.</summary>
    public string? Tags { get; init; }

    /// <summary>PUT the default MFA configuration on a given brand (targets with hooks).</summary>
    public bool ProvisionBrand { get; init; }

    /// <summary>Write JUnit, ndjson and HTML reports under &lt;reports&gt;/conformance.</summary>
    public bool WriteReports { get; init; } = true;

    /// <summary>Scenarios at the same time; null: reqnroll.json or the processor count.</summary>
    public int? MaxParallelism { get; init; }

    /// <summary>The command named on the progress line ("verify", "accept").</summary>
    public string ProgressLabel { get; init; } = "verify";

    /// <summary>Where the progress and the summary go; null: nowhere.</summary>
    public TextWriter? Output { get; init; }
}
