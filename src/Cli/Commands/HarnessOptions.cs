using System.CommandLine;
using MfaConformance.Cli.Configuration;

namespace MfaConformance.Cli.Commands;

/// <summary>
/// The options every target-facing command shares (verify, load, accept, mutants): add them with
/// <see cref="AddTo"/>, read them with <see cref="Read"/> and pass the result to
/// <c>HarnessSettingsResolver.Resolve(SettingsOverrides, ...)</c>.
/// </summary>
internal sealed class HarnessOptions
{
    public Option<string?> Config { get; } = new("--config") { Description = "Configuration file (default ./mfa-conformance.json if present; env MFA_CONFIG)." };

    public Option<string?> Target { get; } = new("--target") { Description = "Base URL of the API under test (env MFA_TARGET_URL). Default: the embedded reference server." };

    public Option<string?> Brand { get; } = new("--brand") { Description = "Brand to test (env MFA_BRAND). Default: a brand created through the sandbox hooks." };

    public Option<string?> OtpSource { get; } = new("--otp-source") { Description = "Where OTPs come from: hooks | fixed:VALUE | command:CMD | prompt (env MFA_OTP_SOURCE)." };

    public Option<string?> Fixtures { get; } = new("--fixtures") { Description = "Identity fixtures file for targets without sandbox hooks (env MFA_FIXTURES)." };

    public Option<string?> Timeout { get; } = new("--timeout") { Description = "Per-request timeout, e.g. 10s or 500ms (env MFA_TIMEOUT)." };

    public Option<string?> Reports { get; } = new("--reports") { Description = "Reports root folder (default 'reports'; env MFA_REPORTS)." };

    public Option<string?> MaxResponseSize { get; } = new("--max-response-size") { Description = "Largest response body read, e.g. 1MB or 512KB (default 1MB; env MFA_MAX_RESPONSE_SIZE). A larger answer fails the call." };

    public Option<string[]> Header { get; } = new("--header") { Description = "Extra request header 'Name: value' (repeatable; values are never printed).", AllowMultipleArgumentsPerToken = false };

    public Option<bool> AllowInvalidCertificates { get; } = new("--allow-invalid-certificates") { Description = "Accept any TLS certificate (self-signed sandboxes only)." };

    public Option<string?> Mutant { get; } = new("--mutant") { Description = "Embedded server only: run one of its mutants (see 'serve --list-mutants')." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Config, Target, Brand, OtpSource, Fixtures, Timeout, MaxResponseSize, Reports, Header, AllowInvalidCertificates, Mutant })
        {
            command.Options.Add(option);
        }
    }

    public SettingsOverrides Read(ParseResult result) => new()
    {
        ConfigPath = result.GetValue(Config),
        TargetUrl = result.GetValue(Target),
        Brand = result.GetValue(Brand),
        OtpSource = result.GetValue(OtpSource),
        Fixtures = result.GetValue(Fixtures),
        Timeout = result.GetValue(Timeout),
        MaxResponseSize = result.GetValue(MaxResponseSize),
        ReportsFolder = result.GetValue(Reports),
        Headers = result.GetValue(Header) ?? [],
        AllowInvalidCertificates = result.GetValue(AllowInvalidCertificates) ? true : null,
        Mutant = result.GetValue(Mutant),
    };
}
