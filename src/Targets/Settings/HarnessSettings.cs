using MfaConformance.Client;
using MfaConformance.Client.Otp;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Target;
namespace MfaConformance.Targets.Settings;

/// <summary>
/// Everything the harness needs to know about where and how to run: the target (null URL = the embedded reference
/// server), its brand, identities and OTP source, the suite, the load and where reports go. Built by
/// <see cref="SettingsResolver"/> from the rows of <see cref="SettingsTable"/>: defaults &lt; configuration file &lt;
/// environment &lt; command line. Starts from <see cref="SettingDefaults"/>.
/// </summary>
public sealed record HarnessSettings
{
    /// <summary>The target's base URL; null runs the embedded reference server on a free loopback port.</summary>
    public Uri? TargetUrl { get; init; }

    /// <summary>The brand to use; null lets the harness create its own brand through the sandbox hooks.</summary>
    public string? Brand { get; init; }

    public OtpSourceOptions Otp { get; init; } = new();

    /// <summary>Identity fixtures for targets without sandbox hooks (see src/Client/README.md), absolute.</summary>
    public string? FixturesPath { get; init; }

    public TimeSpan Timeout { get; init; } = SettingDefaults.Timeout;

    public bool AllowInvalidCertificates { get; init; }

    /// <summary>The largest response body the harness reads; a larger answer fails the call, naming it and the size.</summary>
    public long MaxResponseBytes { get; init; } = SettingDefaults.MaxResponseBytes;

    /// <summary>The folder of .feature files to run instead of the tool's own (absolute); null: the features the tool ships with.</summary>
    public string? FeaturesFolder { get; init; }

    /// <summary>verify/accept: the longest one scenario may run; null = <see cref="SettingDefaults.ScenarioTimeout"/> (none with the prompt OTP source).</summary>
    public TimeSpan? ScenarioTimeout { get; init; }

    /// <summary>verify/accept: the longest the whole suite may run; null = <see cref="SettingDefaults.SuiteTimeout"/> (none with the prompt OTP source).</summary>
    public TimeSpan? SuiteTimeout { get; init; }

    /// <summary>load/accept: run the conformance pre-flight before the clock starts (default on).</summary>
    public bool LoadPreflight { get; init; } = true;

    public IReadOnlyDictionary<string, string> ExtraHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>Root folder of the reports (conformance/, load/, accept/, mutants/ below it); the resolver makes it absolute.</summary>
    public string ReportsFolder { get; init; } = SettingDefaults.ReportsFolder;

    /// <summary>verify/accept: how much of each HTTP exchange the conformance reports keep.</summary>
    public EvidenceLevel Evidence { get; init; } = EvidenceLevel.Summary;

    /// <summary>Embedded server only: run one of its mutants (see `mfa-conformance serve --list-mutants`).</summary>
    public string? EmbeddedMutant { get; init; }

    /// <summary>Embedded server only: PBKDF2 iterations of its password hasher.</summary>
    public int EmbeddedPasswordHashIterations { get; init; } = SettingDefaults.EmbeddedPasswordHashIterations;

    /// <summary>explore (and accept's explore stage): the run's seed; null draws a new one, printed.</summary>
    public string? ExploreSeed { get; init; }

    /// <summary>explore: exploring time at most.</summary>
    public TimeSpan ExploreTime { get; init; } = SettingDefaults.ExploreTime;

    /// <summary>explore: programs at most.</summary>
    public int ExplorePrograms { get; init; } = SettingDefaults.ExplorePrograms;

    /// <summary>The security stage's sample size: session ids and tokens sampled (keys and OTPs half as many, timing a tenth per group).</summary>
    public int SecuritySamples { get; init; } = SettingDefaults.SecuritySamples;

    /// <summary>load: length of the measured run; accept: of each flow's run (the resolver applies the command's default).</summary>
    public TimeSpan LoadDuration { get; init; } = SettingDefaults.LoadDuration;

    /// <summary>load: iterations per second; accept: of each flow (the resolver applies the command's default).</summary>
    public double LoadRate { get; init; } = SettingDefaults.LoadRate;

    /// <summary>load/accept: stages (ramps to a rate or a number of copies) replacing the rate and duration; empty: none.</summary>
    public IReadOnlyList<LoadEngine.LoadSimulation> LoadStages { get; init; } = [];

    /// <summary>load/accept: a closed model of this many copies for <see cref="LoadDuration"/>; null: the open model at <see cref="LoadRate"/>.</summary>
    public int? LoadCopies { get; init; }

    /// <summary>load: a previous run's report folder to compare with; accept: a previous bundle (folder or accept.json). Absolute.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>compare and load --baseline: the regression limits that decide the exit code.</summary>
    public IReadOnlyList<LoadEngine.Comparison.RegressionLimit> CompareLimits { get; init; } = [];

    /// <summary>A LoadEngine configuration file (simulations, thresholds) that replaces the built-in load shape, absolute.</summary>
    public string? LoadConfigPath { get; init; }

    /// <summary>The OTLP/HTTP endpoint (base URL) the run's metrics and spans are exported to; null: no OTLP export.</summary>
    public Uri? OtlpEndpoint { get; init; }

    /// <summary>load/accept: the port of the Prometheus scrape endpoint of the load's live metrics; null: none.</summary>
    public int? MetricsPort { get; init; }

    /// <summary>The configuration file that was read, or null when none was (defaults, environment and options only).</summary>
    public string? ConfigPath { get; init; }

    /// <summary>The layer each setting that is not at its default came from, by file key (e.g. "load.rate").</summary>
    public IReadOnlyDictionary<string, SettingOrigin> Origins { get; init; } = new Dictionary<string, SettingOrigin>();

    public bool IsEmbedded => TargetUrl is null;

    /// <summary>The scenario deadline in force: the setting, else the default; null (none) with the prompt OTP source, where a person types.</summary>
    public TimeSpan? EffectiveScenarioTimeout => ScenarioTimeout ?? (Otp.Kind == OtpSourceKind.Prompt ? null : SettingDefaults.ScenarioTimeout);

    /// <summary>The suite deadline in force: the setting, else the default; null (none) with the prompt OTP source.</summary>
    public TimeSpan? EffectiveSuiteTimeout => SuiteTimeout ?? (Otp.Kind == OtpSourceKind.Prompt ? null : SettingDefaults.SuiteTimeout);

    /// <summary>Where the value of <paramref name="key"/> came from (<see cref="SettingOrigin.Default"/> when no layer set it).</summary>
    public SettingOrigin OriginOf(string key) => Origins.GetValueOrDefault(key, SettingOrigin.Default);
}
