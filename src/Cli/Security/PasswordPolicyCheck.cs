using System.Text;
using System.Text.RegularExpressions;
using MfaConformance.Client.Exchange;
using MfaConformance.Client.Requests;

namespace MfaConformance.Cli.Security;

/// <summary>
/// Check 6, the password policy against ASVS 4.0 2.1.x, reported as deviations from ASVS (not from the API's
/// documentation, which fixes no length and leaves the rule to each brand's MFA_PASSWORD_REGEX, S17): first-time MFA
/// passwords of 11, 12, 64 and 128 characters, a Unicode one, and one of more than 72 bytes whose last characters are
/// changed (bcrypt truncates at 72). A refusal the brand's own regex explains is documented, not a finding.
/// </summary>
internal static class PasswordPolicyCheck
{
    public const string Name = "password-policy";

    public static async Task<IReadOnlyList<SecurityCheckResult>> RunAsync(SecurityProbe probe, CancellationToken ct)
    {
        var regex = new Regex(SecurityProbe.PasswordRegex, RegexOptions.None, TimeSpan.FromSeconds(1));
        var of11 = await RegisterAsync(probe, Make(11), ct);
        var of12 = await RegisterAsync(probe, Make(12), ct);
        var of64 = await RegisterAsync(probe, Make(64), ct);
        var of128 = await RegisterAsync(probe, Make(128), ct);
        var unicode = await RegisterAsync(probe, "Pässwörd ✓ 😀 密码 1", ct);
        var longBytes = "1" + new string('é', 40);
        var truncated = await RegisterAsync(probe, longBytes, ct, longBytes[..^1] + "è");
        string Regex(string p) => regex.IsMatch(p) ? "the brand's regex accepts it" : "the brand's regex refuses it";
        return
        [
            new()
            {
                Check = Name, Id = "6a", Item = "ASVS 4.0 2.1.1", Title = "At least 12 characters required",
                Verdict = !of12.Accepted && regex.IsMatch(Make(12)) ? SecurityVerdict.Finding : of11.Accepted ? SecurityVerdict.Documented : SecurityVerdict.Pass,
                Figure = $"11 characters {Word(of11)}, 12 characters {Word(of12)}" + (of11.Accepted ? $" (deviation from ASVS: the documentation fixes no minimum, S10; the brand's regex {SecurityProbe.PasswordRegex} allows 8)" : string.Empty),
                Method = "First-time MFA passwords registered (mfa/token/generate, MFA OTP) and logged in with; exact.",
                Evidence = SecurityEvidence.Of(of11.Evidence), Curl = SecurityEvidence.Curl(of11.Evidence),
            },
            new()
            {
                Check = Name, Id = "6b", Item = "ASVS 4.0 2.1.2", Title = "Passwords of at least 64 characters permitted (more than 128 may be denied)",
                Verdict = of64.Accepted ? SecurityVerdict.Pass : regex.IsMatch(Make(64)) ? SecurityVerdict.Finding : SecurityVerdict.Documented,
                Figure = $"64 characters {Word(of64)} ({Regex(Make(64))}), 128 characters {Word(of128)} ({Regex(Make(128))})",
                Method = "As 6a.",
                Evidence = SecurityEvidence.Of(of64.Evidence), Curl = SecurityEvidence.Curl(of64.Evidence),
            },
            new()
            {
                Check = Name, Id = "6c", Item = "ASVS 4.0 2.1.4", Title = "Any printable Unicode character permitted (accents, symbols, emoji, CJK)",
                Verdict = unicode.Accepted && unicode.LogsIn ? SecurityVerdict.Pass : regex.IsMatch("Pässwörd ✓ 😀 密码 1") ? SecurityVerdict.Finding : SecurityVerdict.Documented,
                Figure = $"a password with accents, a symbol, an emoji and CJK characters {Word(unicode)}" + (unicode.Accepted ? $", and {(unicode.LogsIn ? "logs in" : "does NOT log in")}" : string.Empty),
                Method = "As 6a.",
                Evidence = SecurityEvidence.Of(unicode.Evidence), Curl = SecurityEvidence.Curl(unicode.Evidence),
            },
            new()
            {
                Check = Name, Id = "6d", Item = "ASVS 4.0 2.1.3", Title = "No truncation: a password of 81 UTF-8 bytes differing only after byte 72 does not log in",
                Verdict = !truncated.Accepted ? SecurityVerdict.NotRun : truncated.OtherLogsIn ? SecurityVerdict.Finding : truncated.LogsIn ? SecurityVerdict.Pass : SecurityVerdict.Finding,
                Figure = !truncated.Accepted ? "the 41-character password was refused: not measured"
                    : $"the password logs in: {(truncated.LogsIn ? "yes" : "NO")}; the one differing in its last character (bytes 80–81) logs in: {(truncated.OtherLogsIn ? "YES (truncated)" : "no")}",
                Method = "As 6a, then a login with the variant; exact.",
                Evidence = SecurityEvidence.Of(truncated.Evidence), Curl = SecurityEvidence.Curl(truncated.Evidence),
            },
        ];
    }

    /// <summary>A password of <paramref name="length"/> characters with a digit and a symbol (what the stage's brand regex asks).</summary>
    private static string Make(int length)
    {
        var text = new StringBuilder("Pw1!");
        while (text.Length < length)
        {
            text.Append((char)('a' + (text.Length % 26)));
        }

        return text.ToString(0, length);
    }

    private static string Word(Registration r) => !r.Accepted ? "refused" : r.LogsIn ? "accepted" : "accepted but does not log in";

    private static async Task<Registration> RegisterAsync(SecurityProbe probe, string password, CancellationToken ct, string? other = null)
    {
        var p = probe.NewPerson();
        var (t1, _, m, last) = await probe.MfaSessionAsync(p, password, ct);
        if (t1 is null || m is null)
        {
            return new Registration(false, false, false, last.Exchange);
        }

        var api = probe.Api;
        await api.MfaOtpGenerateAsync(new OtpGenerateRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, m), ct);
        var otp = await probe.OtpAsync(p, m, ct);
        var validate = otp is null ? null : await api.MfaOtpValidateAsync(new OtpValidateRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, m, otp), ct);
        if (validate?.IsSuccess != true)
        {
            return new Registration(false, false, false, (validate ?? last).Exchange);
        }

        var otherLogsIn = other is not null && await LogsInAsync(probe, p, t1, other, ct);
        var logsIn = await LogsInAsync(probe, p, t1, password, ct);
        return new Registration(true, logsIn, otherLogsIn, last.Exchange);
    }

    private static async Task<bool> LogsInAsync(SecurityProbe probe, SecurityPerson p, string t1, string password, CancellationToken ct) =>
        (await probe.MfaTokenGenerateAsync(p, t1, null, ct)).User?.SessionId is { } m && (await probe.MfaPasswordValidateAsync(p, m, password, ct)).IsSuccess;

    private sealed record Registration(bool Accepted, bool LogsIn, bool OtherLogsIn, ExchangeRecord? Evidence);
}
