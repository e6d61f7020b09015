using System.Globalization;
using System.Text.Json.Nodes;
using MfaConformance.Client.Exchange;
using MfaConformance.Client.Requests;
using MfaConformance.Client.Responses;
using MfaConformance.StepDefinitions.Target;

namespace MfaConformance.Cli.Security;

/// <summary>
/// Check 3, brute force: for one account, an attacker's wrong guesses over one hour of the target's clock, driven
/// minute by minute (the clock moved through the hook, never waited for): every session, device and OTP it may open is
/// used until the target refuses; a guess counts when it gets the answer a wrong guess gets. On a brand with the
/// documented protections on (account locking in both flows, otpMaxCount 10 per 60 minutes) and, for the MFA
/// password, on the documented defaults (no locking, no OTP limit). ASVS 4.0 2.2.1: at most 100 failures per hour.
/// </summary>
internal static class BruteForceCheck
{
    public const string Name = "brute-force";

    private const int Minutes = 60;
    private const int OpensPerMinute = 40;

    public static async Task<IReadOnlyList<SecurityCheckResult>> RunAsync(SecurityProbe probe, SecurityOptions options, CancellationToken ct)
    {
        var protectedBrand = await probe.CreateBrandAsync("SECBF", DefaultBrandConfiguration.With(new Dictionary<string, JsonNode?>
        {
            ["CONF_ENABLE_ACCOUNT_LOCKING"] = true,
            ["CONF_ENABLE_ACCOUNT_LOCKING_MFA"] = true,
            ["otpMaxCount"] = 10,
            ["otpTimeOut"] = 60,
        }), ct);
        var minimum = MinimumLength(SecurityProbe.PasswordRegex);
        return
        [
            Judge("3a", "MFA password guesses per hour per account (locking on, OTP limit 10/60 min)", await DriveAsync(probe, MfaPassword(probe, protectedBrand), options.BruteForceCap, ct), PasswordChance(minimum), documentedDefaults: false),
            Judge("3b", "MFA OTP guesses per hour per account (locking on, OTP limit 10/60 min)", await DriveAsync(probe, MfaOtp(probe, protectedBrand), options.BruteForceCap, ct), OtpChance, documentedDefaults: false),
            Judge("3c", "First-factor OTP guesses per hour per account (locking on, OTP limit 10/60 min)", await DriveAsync(probe, PrimaryOtp(probe, protectedBrand), options.BruteForceCap, ct), OtpChance, documentedDefaults: false),
            Judge("3d", "MFA password guesses per hour per account with the documented defaults (no locking, no OTP limit)", await DriveAsync(probe, MfaPassword(probe, probe.Brand), options.BruteForceCap, ct), PasswordChance(minimum), documentedDefaults: true),
        ];
    }

    private static SecurityCheckResult Judge(string id, string title, Drive drive, Func<int, string> chance, bool documentedDefaults)
    {
        var capped = drive.Counted >= drive.Cap;
        var over = drive.Counted > 100;
        var verdict = drive.Counted == 0 ? SecurityVerdict.NotRun : !over ? SecurityVerdict.Pass : documentedDefaults ? SecurityVerdict.Documented : SecurityVerdict.Finding;
        return new()
        {
            Check = Name,
            Id = id,
            Item = "ASVS 4.0 2.2.1",
            Title = title,
            Verdict = verdict,
            Figure = string.Create(CultureInfo.InvariantCulture,
                $"{(capped ? "≥ " : string.Empty)}{drive.Counted} wrong guesses in 60 minutes ({drive.Opened} sessions opened on new devices, {drive.Refused} refusals, {drive.ClockMoves} clock moves); {chance(drive.Counted)}")
                + (documentedDefaults && over ? "; the documentation leaves account locking and the OTP limit off by default (S17, E2): a brand must turn them on" : string.Empty),
            Method = $"Driven with the clock moved a minute at a time through the hook; the guess count stops at {drive.Cap} (ASVS's limit is 100). A guess counts when its answer is the one the first wrong guess got; exact, no statistics.",
            Evidence = SecurityEvidence.Of(drive.FirstGuess, drive.LastRefusal),
            Curl = SecurityEvidence.Curl(drive.FirstGuess),
        };
    }

    private static string OtpChance(int perHour) =>
        string.Create(CultureInfo.InvariantCulture, $"chance of guessing a 6-digit OTP: {perHour / 1e6:0.######} per hour, {Math.Min(1, perHour * 24 / 1e6):0.#####} per day");

    private static Func<int, string> PasswordChance(int minimum) => perHour =>
        string.Create(CultureInfo.InvariantCulture,
            $"the 10,000 most common passwords take {(perHour == 0 ? double.PositiveInfinity : 10_000.0 / perHour):0.#} hours; a uniformly drawn password of the brand's regex ({SecurityProbe.PasswordRegex}, {minimum} characters of 95) is guessed with chance {perHour * 8760 / Math.Pow(95, minimum):0.###e+0} a year");

    /// <summary>The shortest password of printable ASCII with a digit that the regex accepts (24 when none up to 24).</summary>
    private static int MinimumLength(string regex)
    {
        var r = new System.Text.RegularExpressions.Regex(regex, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return Enumerable.Range(1, 24).FirstOrDefault(n => r.IsMatch("1" + new string('a', n - 1)), 24);
    }

    private static async Task<Drive> DriveAsync(SecurityProbe probe, Func<CancellationToken, Task<Func<Task<ApiResponse>>?>> open, int cap, CancellationToken ct)
    {
        var drive = new Drive { Cap = cap };
        int? wrongCode = null;
        for (var minute = 0; minute < Minutes && drive.Counted < cap; minute++)
        {
            for (var opens = 0; opens < OpensPerMinute && drive.Counted < cap; opens++)
            {
                var guess = await open(ct);
                if (guess is null)
                {
                    break;
                }

                drive.Opened++;
                var first = true;
                while (drive.Counted < cap)
                {
                    var answer = await guess();
                    wrongCode ??= answer.IsSuccess ? null : answer.ErrorCode;
                    if (!answer.IsSuccess && answer.ErrorCode == wrongCode)
                    {
                        drive.Counted++;
                        drive.FirstGuess ??= answer.Exchange;
                        first = false;
                        continue;
                    }

                    drive.Refused++;
                    drive.LastRefusal = answer.Exchange;
                    break;
                }

                if (first)
                {
                    break;
                }
            }

            await probe.AdvanceClockAsync(60, ct);
            drive.ClockMoves++;
        }

        return drive;
    }

    private static Func<CancellationToken, Task<Func<Task<ApiResponse>>?>> MfaPassword(SecurityProbe probe, string brand)
    {
        var victim = new Victim(probe, brand);
        var n = 0;
        return async ct =>
        {
            var (p, m) = await victim.MfaSessionAsync(ct);
            return m is null ? null : () => probe.MfaPasswordValidateAsync(p, m, $"Wr0ng!guess-{Interlocked.Increment(ref n)}", ct);
        };
    }

    private static Func<CancellationToken, Task<Func<Task<ApiResponse>>?>> MfaOtp(SecurityProbe probe, string brand)
    {
        var victim = new Victim(probe, brand);
        return async ct =>
        {
            var (p, m) = await victim.MfaSessionAsync(ct);
            if (m is null || !(await probe.Api.MfaOtpGenerateAsync(new OtpGenerateRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, m), ct)).IsSuccess
                || await probe.OtpAsync(p, m, ct) is not { } otp)
            {
                return null;
            }

            return () => probe.Api.MfaOtpValidateAsync(new OtpValidateRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, m, SecurityProbe.WrongOtp(otp)), ct);
        };
    }

    private static Func<CancellationToken, Task<Func<Task<ApiResponse>>?>> PrimaryOtp(SecurityProbe probe, string brand)
    {
        var victim = new Victim(probe, brand);
        return async ct =>
        {
            var p = await victim.OnNewDeviceAsync(ct);
            if ((await probe.TokenGenerateAsync(p, ct)).User?.SessionId is not { } s
                || !(await probe.Api.OtpGenerateAsync(new OtpGenerateRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, s), cancellationToken: ct)).IsSuccess
                || await probe.OtpAsync(p, s, ct) is not { } otp)
            {
                return null;
            }

            return () => probe.Api.OtpValidateAsync(new OtpValidateRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, s, SecurityProbe.WrongOtp(otp)), cancellationToken: ct);
        };
    }

    /// <summary>The attacked account: a returning customer; each attack session comes from a new device, reusing T1 while it lasts.</summary>
    private sealed class Victim(SecurityProbe probe, string brand)
    {
        private SecurityPerson? _person;
        private string? _t1;
        private int _device;

        public async Task<SecurityPerson> OnNewDeviceAsync(CancellationToken ct)
        {
            if (_person is null)
            {
                _person = probe.NewPerson(brand);
                await probe.CreateAsync([_person], "Victim!Passw0rd", ct);
            }

            return _person.OnDevice($"attacker-{++_device}");
        }

        public async Task<(SecurityPerson Person, string? M)> MfaSessionAsync(CancellationToken ct)
        {
            var p = await OnNewDeviceAsync(ct);
            if (_t1 is not null)
            {
                // T1 is bound to its device: the attacker's MFA session comes from that device
                var again = await probe.MfaTokenGenerateAsync(_person! with { Device = _t1Device! }, _t1, null, ct);
                if (again.User?.SessionId is { } m)
                {
                    return (_person! with { Device = _t1Device! }, m);
                }
            }

            var (t1, _, session, _) = await probe.MfaSessionAsync(p, null, ct);
            (_t1, _t1Device) = (t1, p.Device);
            return (p, session);
        }

        private string? _t1Device;
    }

    private sealed class Drive
    {
        public int Cap { get; init; }

        public int Counted { get; set; }

        public int Opened { get; set; }

        public int Refused { get; set; }

        public int ClockMoves { get; set; }

        public ExchangeRecord? FirstGuess { get; set; }

        public ExchangeRecord? LastRefusal { get; set; }
    }
}
