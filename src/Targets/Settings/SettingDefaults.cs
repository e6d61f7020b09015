using MfaConformance.Client;
using MfaConformance.Client.Otp;
using MfaConformance.Client.Transport;
namespace MfaConformance.Targets.Settings;

/// <summary>
/// Every default of the harness's settings, once (as Reqnroll's ConfigDefaults): <see cref="HarnessSettings"/> starts
/// from them and <see cref="SettingsTable"/> shows them in --help, the example configuration and docs/cli.md.
/// </summary>
public static class SettingDefaults
{
    /// <summary>Per-request timeout (the client's own default).</summary>
    public static readonly TimeSpan Timeout = TargetOptions.DefaultTimeout;

    /// <summary>Largest response body read (the client's own default, 1 MiB).</summary>
    public const long MaxResponseBytes = TargetOptions.DefaultMaxResponseBytes;

    /// <summary>How long the OTP command may run (the client's own default).</summary>
    public static readonly TimeSpan OtpCommandTimeout = new OtpSourceOptions().CommandTimeout;

    public const string ReportsFolder = "reports";

    /// <summary>verify, accept: the longest one scenario may run (none with the prompt OTP source).</summary>
    public static readonly TimeSpan ScenarioTimeout = TimeSpan.FromMinutes(2);

    /// <summary>verify, accept: the longest the whole suite may run (none with the prompt OTP source).</summary>
    public static readonly TimeSpan SuiteTimeout = TimeSpan.FromMinutes(10);

    /// <summary>`load`: length of the measured run.</summary>
    public static readonly TimeSpan LoadDuration = TimeSpan.FromSeconds(30);

    /// <summary>`accept`: length of each flow's short load run.</summary>
    public static readonly TimeSpan AcceptLoadDuration = TimeSpan.FromSeconds(10);

    /// <summary>`explore`: exploring time at most (shrinking not counted).</summary>
    public static readonly TimeSpan ExploreTime = TimeSpan.FromMinutes(2);

    /// <summary>`accept`: the explore stage's time.</summary>
    public static readonly TimeSpan AcceptExploreTime = TimeSpan.FromSeconds(60);

    /// <summary>`explore`: programs at most.</summary>
    public const int ExplorePrograms = 1000;

    /// <summary>The security stage's sample size (issue 21): tokens and session ids sampled; the other samples scale with it.</summary>
    public const int SecuritySamples = 2000;

    /// <summary>`load`: iterations started per second.</summary>
    public const double LoadRate = 20;

    /// <summary>`accept`: iterations started per second in each flow (a smoke load).</summary>
    public const double AcceptLoadRate = 10;

    /// <summary>
    /// PBKDF2 iterations of the embedded reference server the harness starts (verify, accept, load, mutants, dotnet test):
    /// hashing is not under test, and at the server's own 100,000 it outweighed the whole suite.
    /// </summary>
    public const int EmbeddedPasswordHashIterations = 1_000;
}
