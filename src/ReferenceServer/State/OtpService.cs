using System.Collections.Concurrent;
using System.Security.Cryptography;
using MfaConformance.ReferenceServer.Api;
using MfaConformance.ReferenceServer.Config;
using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.ReferenceServer.Weaknesses;

namespace MfaConformance.ReferenceServer.State;

/// <summary>Issues OTPs (random or fixed), enforces otpMaxCount/otpTimeOut, and remembers the newest per customer for the hook.</summary>
internal sealed class OtpService(TimeProvider clock, ActiveMutant mutant, string? fixedOtp, ActiveWeaknesses? weaknesses = null)
{
    /// <summary>Primary OTP validity per S11; it never outlives its session (spec #8).</summary>
    public static readonly TimeSpan OtpValidity = TimeSpan.FromMinutes(20);

    /// <summary>The documented default of CONF_OTP_LENGTH, which the otp-length-ignores-config mutant always uses.</summary>
    private const int DefaultOtpLength = 6;

    private readonly ConcurrentDictionary<CustomerKey, List<OtpRecord>> _issued = new();

    /// <summary>When OTPs were issued per brand, kept only for the otp-limit-counted-per-brand mutant.</summary>
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _issuedPerBrand = new(StringComparer.Ordinal);

    public OtpRecord Issue(Session session, BrandConfig config)
    {
        var now = clock.GetUtcNow();
        var log = _issued.GetOrAdd(session.Identity.Customer, _ => []);
        lock (log)
        {
            EnforceLimit(session, log, config, now);
            var expires = now + OtpValidity < session.ExpiresAt ? now + OtpValidity : session.ExpiresAt;
            var length = mutant.Is(MutantNames.OtpLengthIgnoresConfig) ? DefaultOtpLength : config.Int(ConfigKeys.OtpLength);
            var otp = new OtpRecord(fixedOtp ?? (weaknesses?.Is(WeaknessNames.Otp1000Values) == true ? OneOfAThousand(length) : RandomDigits(length)), session.Id, now, expires) { DeviceId = session.Identity.DeviceId };
            log.Add(otp);
            if (mutant.Is(MutantNames.OtpLimitPerBrand))
            {
                var brandLog = _issuedPerBrand.GetOrAdd(session.Identity.Brand, _ => []);
                lock (brandLog)
                {
                    brandLog.Add(now);
                }
            }

            if (log.Count > 1000)
            {
                log.RemoveAt(0);
            }

            return otp;
        }
    }

    /// <summary>The newest OTP issued to the customer (optionally for one session), for the sandbox hook.</summary>
    public OtpRecord? Newest(CustomerKey customer, string? sessionId)
    {
        if (!_issued.TryGetValue(customer, out var log))
        {
            return null;
        }

        lock (log)
        {
            return log.LastOrDefault(o => sessionId is null || o.SessionId == sessionId);
        }
    }

    /// <summary>A snapshot of the OTPs issued to the customer, oldest first (read by the credential-check mutants).</summary>
    public IReadOnlyList<OtpRecord> IssuedTo(CustomerKey customer)
    {
        if (!_issued.TryGetValue(customer, out var log))
        {
            return [];
        }

        lock (log)
        {
            return [.. log];
        }
    }

    public void Forget(CustomerKey customer) => _issued.TryRemove(customer, out _);

    private void EnforceLimit(Session session, List<OtpRecord> log, BrandConfig config, DateTimeOffset now)
    {
        var max = config.NullableInt(ConfigKeys.OtpMaxCount);
        var window = config.NullableInt(ConfigKeys.OtpTimeOut);
        if (max is null || window is null || mutant.Is(MutantNames.IgnoreOtpGenerationLimit))
        {
            return;
        }

        if (max == 0)
        {
            throw new ApiException(ErrorCodes.OtpCountZero);
        }

        var length = TimeSpan.FromMinutes(window.Value);
        if (CountSince(session, log, now - length) >= max || BlockedSinceLastOtp(log, length, max.Value, now))
        {
            throw new ApiException(ErrorCodes.OtpGenerationLimit);
        }
    }

    /// <summary>
    /// The otp-generation-blocked-from-last-otp mutant: when the window ending at the latest OTP holds otpMaxCount OTPs,
    /// generation stays blocked until otpTimeOut after that latest OTP (the conformant count looks at the window ending now).
    /// </summary>
    private bool BlockedSinceLastOtp(List<OtpRecord> log, TimeSpan window, int max, DateTimeOffset now)
    {
        if (!mutant.Is(ExplorerMutantNames.OtpGenerationBlockedFromLastOtp) || log.Count == 0)
        {
            return false;
        }

        var latest = log[^1].IssuedAt;
        return now - latest < window && log.Count(o => o.IssuedAt > latest - window) >= max;
    }

    /// <summary>OTPs issued to the customer (per mobile number, E2, E9) since the window began; the counting mutants count otherwise.</summary>
    private int CountSince(Session session, List<OtpRecord> log, DateTimeOffset since)
    {
        if (mutant.Is(ExplorerMutantNames.OtpLimitPerDevice))
        {
            return log.Count(o => o.IssuedAt > since && o.DeviceId == session.Identity.DeviceId);
        }

        if (mutant.Is(MutantNames.OtpLimitPerSession))
        {
            return log.Count(o => o.IssuedAt > since && o.SessionId == session.Id);
        }

        if (!mutant.Is(MutantNames.OtpLimitPerBrand))
        {
            return log.Count(o => o.IssuedAt > since);
        }

        // the brand's log is always locked after a customer's: one lock order, no deadlock
        var brandLog = _issuedPerBrand.GetOrAdd(session.Identity.Brand, _ => []);
        lock (brandLog)
        {
            return brandLog.Count(t => t > since);
        }
    }

    /// <summary>The otp-1000-values weakness: one of 1,000 values, spread over the digit range so each digit looks uniform.</summary>
    private static string OneOfAThousand(int length)
    {
        var space = (long)Math.Pow(10, length);
        var value = (RandomNumberGenerator.GetInt32(1000) * 7_919_113L + 104_729L) % space;
        return value.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(length, '0');
    }

    private static string RandomDigits(int length)
    {
        var digits = new char[length];
        for (var i = 0; i < length; i++)
        {
            digits[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
        }

        return new string(digits);
    }
}
