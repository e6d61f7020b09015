using MfaConformance.Client;

using MfaConformance.Client.Otp;
using MfaConformance.StepDefinitions.Deadlines;
namespace MfaConformance.StepDefinitions.Target;

/// <summary>How the harness prepares a target beyond <see cref="TargetOptions"/>.</summary>
public sealed record ConformanceTargetOptions
{
    /// <summary>When a brand is given and the target has hooks: PUT the default MFA configuration on it (else use it as is).</summary>
    public bool ProvisionBrand { get; init; }

    /// <summary>Identity fixtures (src/Client/README.md) for targets without hooks; null: none.</summary>
    public string? FixturesPath { get; init; }

    /// <summary>Prefix of the brands the harness creates ("MFAC-ABC123", private scenario brands "MFAC-ABC123-7").</summary>
    public string BrandPrefix { get; init; } = "MFAC";

    /// <summary>Seed of the run's generated data (identities, brand names); null: a random seed (printed in the description).</summary>
    public int? Seed { get; init; }

    /// <summary>Whether steps write each HTTP exchange (redacted, with its curl line) to the scenario's output; load turns it off.</summary>
    public bool RecordExchanges { get; init; } = true;

    /// <summary>How much of each exchange the reports keep when <see cref="RecordExchanges"/> is on (`--evidence`).</summary>
    public EvidenceLevel Evidence { get; init; } = EvidenceLevel.Summary;

    /// <summary>The longest one scenario may run (see <see cref="RunDeadline"/>); null: no per-scenario limit.</summary>
    public TimeSpan? ScenarioTimeout { get; init; }

    /// <summary>Calls in a row left unanswered within the request timeout after which the run's deadline passes; 0: never.</summary>
    public int UnansweredCallsLimit { get; init; } = RunDeadline.DefaultUnansweredCallsLimit;

    /// <summary>The clock of the scenario timeouts (tests); null: the system clock.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>An OTP source to use instead of the one <see cref="TargetOptions.Otp"/> describes (tests, interactive hosts).</summary>
    public IOtpSource? OtpSource { get; init; }
}
