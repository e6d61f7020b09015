using MfaConformance.Client;

namespace MfaConformance.Cli.Targets;

/// <summary>
/// Everything the harness needs to know about where and how to run: the target (null URL = the embedded
/// reference server), its brand, identities and OTP source, and where reports go. Built by
/// <see cref="HarnessSettingsResolver"/> from the configuration file, the environment and the command line.
/// </summary>
internal sealed record HarnessSettings
{
    /// <summary>The target's base URL; null runs the embedded reference server on a free loopback port.</summary>
    public Uri? TargetUrl { get; init; }

    /// <summary>The brand to use; null lets the harness create its own brand through the sandbox hooks.</summary>
    public string? Brand { get; init; }

    public OtpSourceOptions Otp { get; init; } = new();

    /// <summary>Identity fixtures for targets without sandbox hooks (see src/Client/README.md).</summary>
    public string? FixturesPath { get; init; }

    public TimeSpan Timeout { get; init; } = TargetOptions.DefaultTimeout;

    public bool AllowInvalidCertificates { get; init; }

    /// <summary>The largest response body the harness reads (default 1 MiB); a larger answer fails the call, naming it and the size.</summary>
    public long MaxResponseBytes { get; init; } = TargetOptions.DefaultMaxResponseBytes;

    /// <summary>verify/accept: the longest one scenario may run; null = <see cref="DefaultScenarioTimeout"/> (none with the prompt OTP source).</summary>
    public TimeSpan? ScenarioTimeout { get; init; }

    /// <summary>verify/accept: the longest the whole suite may run; null = <see cref="DefaultSuiteTimeout"/> (none with the prompt OTP source).</summary>
    public TimeSpan? SuiteTimeout { get; init; }

    /// <summary>load/accept: run the conformance pre-flight before the clock starts (default on).</summary>
    public bool LoadPreflight { get; init; } = true;

    public IReadOnlyDictionary<string, string> ExtraHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>Root folder of the reports (conformance/, load/, accept/ below it).</summary>
    public string ReportsFolder { get; init; } = "reports";

    /// <summary>Embedded server only: run one of its mutants (see `mfa-conformance serve --list-mutants`).</summary>
    public string? EmbeddedMutant { get; init; }

    /// <summary>Embedded server only: PBKDF2 iterations of its password hasher (lower for load runs).</summary>
    public int? EmbeddedPasswordHashIterations { get; init; }

    /// <summary>`accept`: how long each flow's short load run lasts.</summary>
    public TimeSpan LoadDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>`accept` and `load`: iterations per second of each flow; null = the load scenario's own default.</summary>
    public double? LoadRate { get; init; }

    /// <summary>A LoadEngine configuration file (simulations, thresholds) that replaces the built-in load shape.</summary>
    public string? LoadConfigPath { get; init; }

    /// <summary>The configuration file that was read, or null when none was (defaults, environment and options only).</summary>
    public string? ConfigPath { get; init; }

    public bool IsEmbedded => TargetUrl is null;

    public static TimeSpan DefaultScenarioTimeout { get; } = TimeSpan.FromMinutes(2);

    public static TimeSpan DefaultSuiteTimeout { get; } = TimeSpan.FromMinutes(10);

    /// <summary>The scenario deadline in force: the setting, else the default; null (none) with the prompt OTP source, where a person types.</summary>
    public TimeSpan? EffectiveScenarioTimeout => ScenarioTimeout ?? (Otp.Kind == OtpSourceKind.Prompt ? null : DefaultScenarioTimeout);

    /// <summary>The suite deadline in force: the setting, else the default; null (none) with the prompt OTP source.</summary>
    public TimeSpan? EffectiveSuiteTimeout => SuiteTimeout ?? (Otp.Kind == OtpSourceKind.Prompt ? null : DefaultSuiteTimeout);

    /// <summary>The client-side options for a target at <paramref name="baseUrl"/>.</summary>
    public TargetOptions ToTargetOptions(Uri baseUrl) => new()
    {
        BaseUrl = baseUrl,
        Brand = Brand,
        Timeout = Timeout,
        AllowInvalidCertificates = AllowInvalidCertificates,
        MaxResponseBytes = MaxResponseBytes,
        ExtraHeaders = ExtraHeaders,
        Otp = Otp,
    };
}
