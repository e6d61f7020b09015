using System.Text.Json.Nodes;
using CsCheck;
using MfaConformance.Explorer.Model;
using MfaConformance.StepDefinitions;

using MfaConformance.StepDefinitions.Target;
namespace MfaConformance.Explorer.Generation;

/// <summary>
/// Brand configurations drawn from the documented keys and ranges (spec §4): MFA passwords on (mostly) with one of a few
/// password rules, plus a few aspects, each set with small values so that programs reach their boundaries in a few
/// calls, and with values that differ from their neighbours (the first-factor and the MFA key of a pair), so that a
/// target reading the wrong key shows it. Flags are turned on one at a time as often as together.
/// </summary>
public static class ConfigurationGen
{
    /// <summary>Password rules: the default (a digit, 8–64), one that needs an upper-case letter, one that only counts.</summary>
    public static readonly string[] Regexes = [DefaultBrandConfiguration.PasswordRegex, "^(?=.*[A-Z])(?=.*[0-9]).{8,64}$", "^.{10,}$"];

    private static readonly Gen<string> Regex = Gen.Frequency((7, Gen.Const(Regexes[0])), (2, Gen.Const(Regexes[1])), (1, Gen.Const(Regexes[2])));

    private static readonly Gen<int> SmallCount = Gen.Int[1, 4];

    private static readonly Gen<int> ShortMinutes = Gen.Int[2, 20];

    public static Gen<JsonObject> Configuration { get; } = Gen.Select(
        Gen.Frequency((9, Gen.Const(true)), (1, Gen.Const(false))),
        Regex,
        Gen.Int[0, 4],
        Gen.Int[0, int.MaxValue - 1],
        (enabled, regex, aspects, salt) => (enabled, regex, aspects, salt))
        .SelectMany(t => Aspects(t.aspects).Select(list =>
        {
            var body = new JsonObject
            {
                [ConfigKeys.MfaPasswordEnabled] = t.enabled,
                [ConfigKeys.PasswordRegex] = t.regex,
            };
            foreach (var aspect in list)
            {
                foreach (var (key, value) in aspect)
                {
                    body[key] = value?.DeepClone();
                }
            }

            return body;
        }));

    private static Gen<JsonObject[]> Aspects(int count) => Aspect.Array[count];

    private static Gen<JsonObject> Aspect { get; } = Gen.Frequency(
        (4, AttemptLimits()),
        (3, SessionLifetimes()),
        (2, TokenLifetime()),
        (2, KeyExpiry()),
        (4, AccountLocking()),
        (2, AttemptWindow()),
        (3, OtpLimit()),
        (1, OtpLength()),
        (2, RegenerateFlags()),
        (2, SkipFlags()));

    private static Gen<JsonObject> AttemptLimits() => Gen.Select(SmallCount, SmallCount, SmallCount, Gen.Int[0, 7], (mfaOtp, mfaPassword, otp, which) =>
    {
        var body = new JsonObject();
        if ((which & 1) != 0 || which == 0)
            body[ConfigKeys.MfaOtpRetry] = mfaOtp;
        if ((which & 2) != 0)
            body[ConfigKeys.MfaPasswordRetry] = mfaPassword == mfaOtp ? mfaPassword + 1 : mfaPassword;
        if ((which & 4) != 0)
            body[ConfigKeys.OtpRetry] = otp;
        return body;
    });

    private static Gen<JsonObject> SessionLifetimes() => Gen.Select(ShortMinutes, ShortMinutes, Gen.Int[0, 9], (primary, mfa, shape) =>
    {
        var body = new JsonObject();
        if (shape < 7)
        {
            body[ConfigKeys.MfaSessionExpiry] = mfa;
            body[ConfigKeys.MfaTokenSessionExpiry] = mfa;
        }
        else if (shape < 8)
        {
            body[ConfigKeys.MfaSessionExpiry] = mfa;
        }

        if (shape is >= 4 and not 8)
            body[ConfigKeys.SessionExpiry] = primary == mfa ? primary + 1 : primary;
        if (shape == 8)
            body[ConfigKeys.SessionExpiry] = primary;
        return body;
    });

    private static Gen<JsonObject> TokenLifetime() => ShortMinutes.Select(minutes => new JsonObject { [ConfigKeys.MfaTokenExpiry] = minutes });

    private static Gen<JsonObject> KeyExpiry() => Gen.Select(Gen.Int[2, 30], Gen.Int[2, 30], Gen.Int[0, 2], (primary, mfa, which) =>
    {
        var body = new JsonObject { [ConfigKeys.KeyExpiryEnabled] = true };
        if (which != 1)
            body[ConfigKeys.MfaKeyExpiry] = mfa;
        if (which != 0)
            body[ConfigKeys.KeyExpiry] = primary == mfa ? primary + 3 : primary;
        return body;
    });

    private static Gen<JsonObject> AccountLocking() => Gen.Select(Gen.Int[0, 3], Gen.Int[2, 20], Gen.Int[2, 20], SmallCount, (which, mfaPeriod, period, limit) =>
    {
        var body = new JsonObject();
        if (which is 0 or 2)
        {
            body[ConfigKeys.MfaAccountLocking] = true;
            body[ConfigKeys.MfaLockPeriod] = mfaPeriod;
            body[ConfigKeys.MfaPasswordRetry] = limit + 1;
            body[ConfigKeys.MfaOtpRetry] = limit;
        }

        if (which is 1 or 2)
        {
            body[ConfigKeys.AccountLocking] = true;
            body[ConfigKeys.LockPeriod] = period == mfaPeriod ? period + 2 : period;
            body[ConfigKeys.OtpRetry] = limit + 1;
        }

        if (which == 3)
        {
            // the first-factor flag alone: MFA attempts must not lock the account
            body[ConfigKeys.AccountLocking] = true;
            body[ConfigKeys.LockPeriod] = period;
            body[ConfigKeys.MfaPasswordRetry] = limit;
            body[ConfigKeys.MfaOtpRetry] = limit;
        }

        return body;
    });

    private static Gen<JsonObject> AttemptWindow() => Gen.Select(Gen.Int[2, 8], Gen.Int[2, 4], (interval, limit) => new JsonObject
    {
        [ConfigKeys.AttemptInterval] = interval,
        [ConfigKeys.MfaSessionExpiry] = 60,
        [ConfigKeys.MfaTokenSessionExpiry] = 60,
        [ConfigKeys.SessionExpiry] = 60,
        [ConfigKeys.MfaPasswordRetry] = limit,
        [ConfigKeys.MfaOtpRetry] = limit,
        [ConfigKeys.OtpRetry] = limit,
    });

    private static Gen<JsonObject> OtpLimit() => Gen.Select(Gen.Int[1, 4], Gen.Int[2, 15], (max, minutes) => new JsonObject
    {
        [ConfigKeys.OtpMaxCount] = max,
        [ConfigKeys.OtpTimeOut] = minutes,
    });

    private static Gen<JsonObject> OtpLength() => Gen.Int[4, 8].Select(length => new JsonObject { [ConfigKeys.OtpLength] = length });

    private static Gen<JsonObject> RegenerateFlags() => Gen.Int[0, 2].Select(which => which switch
    {
        0 => new JsonObject { [ConfigKeys.RegenerateMfaToken] = false },
        1 => new JsonObject { [ConfigKeys.RegenerateToken] = false },
        _ => new JsonObject { [ConfigKeys.RegenerateToken] = false, [ConfigKeys.RegenerateMfaToken] = false },
    });

    private static Gen<JsonObject> SkipFlags() => Gen.Int[0, 2].Select(which => which switch
    {
        0 => new JsonObject { [ConfigKeys.SkipOtpValidate] = true },
        1 => new JsonObject { [ConfigKeys.SkipOtpValidateReset] = true },
        _ => new JsonObject { [ConfigKeys.SkipOtpValidate] = true, [ConfigKeys.SkipOtpValidateReset] = true },
    });
}
