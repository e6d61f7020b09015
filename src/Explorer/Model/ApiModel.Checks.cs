using System.Globalization;

namespace MfaConformance.Explorer.Model;

/// <summary>The rules shared by several endpoints: fields, credentials, identity, lifetimes, locks and limits.</summary>
public sealed partial class ApiModel
{
    /// <summary>Mandatory fields (spec §2, the 'Y' rows): missing or empty is refused (mandatory-fields).</summary>
    private static void CheckMandatory(Judgement judgement, ObservedCall call, params string[] fields)
    {
        foreach (var field in fields.Where(call.IsMissingOrEmpty))
        {
            judgement.Refuse(RuleIds.MandatoryFields, $"the mandatory field '{field}' is {(call.Has(field) ? "empty" : "missing")}");
        }

        if (call.Text("identifierType") == "EXTERNALID")
        {
            judgement.Refuse(RuleIds.Identifier, "identifierType EXTERNALID needs CONF_EXTERNAL_ID_LOGIN_ENABLED, which is off (§0.1, S17)");
        }
    }

    /// <summary>
    /// The credential a field names: one never issued is refused (credential); a value that differs from an issued one only
    /// in case or surrounding whitespace is left open (credentials are opaque: how a target reads them is its own).
    /// </summary>
    private ModelCredential? ResolveCredential(Judgement judgement, ObservedCall call, string field)
    {
        var value = call.Text(field);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (Find(value) is { } credential)
        {
            return credential;
        }

        var near = _issued.FirstOrDefault(c => string.Equals(c.Value, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (near is not null)
        {
            judgement.Maybe(RuleIds.Credential, $"'{field}' is {near} in another case or with whitespace: how a target reads its own opaque values is not documented");
        }
        else
        {
            judgement.Refuse(RuleIds.Credential, $"'{field}' holds a value the target never issued");
        }

        return null;
    }

    /// <summary>The endpoint's own kind of credential: another kind is refused, or left open where section 5 allows it.</summary>
    private static bool CheckKind(Judgement judgement, ModelCredential? credential, string field, CredentialKind wanted, params (CredentialKind Kind, string Why)[] open)
    {
        if (credential is null)
        {
            return false;
        }

        if (credential.Kind == wanted)
        {
            return true;
        }

        if (open.FirstOrDefault(o => o.Kind == credential.Kind) is { Why: { } why })
        {
            judgement.Maybe(RuleIds.Credential, $"'{field}' carries {ModelCredential.Describe(credential.Kind)} where {ModelCredential.Describe(wanted)} is documented: {why}");
            return true;
        }

        judgement.Refuse(RuleIds.Credential, $"'{field}' carries {ModelCredential.Describe(credential.Kind)}; this endpoint takes {ModelCredential.Describe(wanted)} (spec 1.11)");
        return false;
    }

    /// <summary>
    /// The configuration that governs calls with <paramref name="credential"/>: its owner's brand. A brand the program did
    /// not create (a value the target took for another brand), or a customer it did not provision, leaves success open.
    /// </summary>
    private BrandConfig? ConfigFor(Judgement judgement, ModelCredential? credential)
    {
        if (credential is null)
        {
            return null;
        }

        if (credential.Owner.Unknown)
        {
            judgement.SuccessIsOpen($"{credential} belongs to a customer the program did not provision: what the target does for it is its own");
        }

        var config = ConfigOf(credential.Owner);
        if (config is null)
        {
            judgement.Maybe(RuleIds.Brand, $"{credential} was issued on brand '{credential.Owner.Brand}', which the program did not create: its configuration is unknown");
        }

        return config;
    }

    /// <summary>The identity fields repeat those the credential was issued for (identifier, device, brand; §1, S19).</summary>
    private static void CheckIdentity(Judgement judgement, ObservedCall call, ModelCredential credential)
    {
        var sent = call.Identity;
        var bound = credential.Bound;
        if (!string.Equals(sent.IdentifierType, bound.IdentifierType, StringComparison.Ordinal))
        {
            if (string.Equals(sent.IdentifierType.Trim(), bound.IdentifierType, StringComparison.OrdinalIgnoreCase))
            {
                judgement.Maybe(RuleIds.Identifier, $"identifierType '{sent.IdentifierType}' differs from '{bound.IdentifierType}' only in case or whitespace (#15: case-sensitive matching is a default, not documented)");
            }
            else
            {
                judgement.Refuse(RuleIds.Identifier, $"identifierType {sent.IdentifierType} is not the {bound.IdentifierType} {credential} was issued for");
            }
        }

        if (!string.Equals(sent.IdentifierValue, bound.IdentifierValue, StringComparison.Ordinal))
        {
            judgement.Refuse(RuleIds.Identifier, $"identifierValue '{sent.IdentifierValue}' is not '{bound.IdentifierValue}', the one {credential} was issued for ({Difference(sent.IdentifierValue, bound.IdentifierValue)})");
        }

        if (!string.Equals(sent.Device, bound.Device, StringComparison.Ordinal))
        {
            judgement.Refuse(RuleIds.Device, $"deviceId '{sent.Device}' is not '{bound.Device}', the device {credential} was issued for ({Difference(sent.Device ?? string.Empty, bound.Device ?? string.Empty)})");
        }

        if (!string.Equals(sent.Brand, bound.Brand, StringComparison.Ordinal))
        {
            if (string.Equals(sent.Brand, bound.Brand, StringComparison.OrdinalIgnoreCase))
            {
                judgement.Maybe(RuleIds.Brand, $"brand '{sent.Brand}' differs from '{bound.Brand}' only in case (brand matching without regard to case is an inference, §0.1)");
            }
            else
            {
                judgement.Refuse(RuleIds.Brand, $"brand '{sent.Brand}' is not '{bound.Brand}', the brand {credential} was issued for ({Difference(sent.Brand, bound.Brand)})");
            }
        }
    }

    /// <summary>How two strings differ, in the words of the rules ("the same in another case", "a longer value with the same prefix").</summary>
    internal static string Difference(string sent, string expected) =>
        string.Equals(sent, expected, StringComparison.OrdinalIgnoreCase) ? "the same in another case"
        : sent.Trim() == expected ? "the same with surrounding whitespace"
        : sent.StartsWith(expected, StringComparison.Ordinal) ? "a longer value with the same prefix"
        : expected.StartsWith(sent, StringComparison.Ordinal) ? "a shorter value with the same prefix"
        : "another value";

    /// <summary>A credential used past its documented lifetime is refused (the rule of its kind); at the boundary either.</summary>
    private static void CheckLifetime(Judgement judgement, ModelCredential credential, Moment now, string rule)
    {
        if (credential.Lifetime is not { } life)
        {
            return;
        }

        var age = now.Since(credential.Issued);
        if (credential.LifetimeIsFloor)
        {
            if (age.Max >= life.Min)
            {
                judgement.Maybe(rule, $"{credential} is {age} old; the documentation fixes its lifetime only as {Minutes(life.Min)} 'by default' (#10)");
            }

            return;
        }

        var past = age.Min > life.Max ? Tri.Yes : age.Max < life.Min ? Tri.No : Tri.Maybe;
        judgement.Check(past, rule, $"{credential} is {age} old and lives {Lifetime(life)}");
        if (past == Tri.No && age.Max >= life.Min / 2)
        {
            judgement.Cite(rule, $"{credential} is {age} old, within its lifetime of {Lifetime(life)}", 4);
        }
    }

    /// <summary>Revoked by a logout (expire-revokes) or possibly ended by something the documentation leaves open.</summary>
    private static void CheckEnded(Judgement judgement, ModelCredential credential)
    {
        if (credential.Revoked)
        {
            judgement.Refuse(RuleIds.ExpireRevokes, $"{credential} was expired by mfa/token/expire (1.10)");
        }
        else if (credential.Ended != Tri.No)
        {
            judgement.Maybe(RuleIds.Credential, credential.EndedReason ?? $"{credential} may have ended");
        }
    }

    private static int Limit(BrandConfig config, AttemptKind kind) => kind switch
    {
        AttemptKind.FirstFactorOtp => config.OtpRetry,
        AttemptKind.MfaOtp => config.MfaOtpRetry,
        _ => config.MfaPasswordRetry,
    };

    private static string LimitKey(AttemptKind kind) => kind switch
    {
        AttemptKind.FirstFactorOtp => ConfigKeys.OtpRetry,
        AttemptKind.MfaOtp => ConfigKeys.MfaOtpRetry,
        _ => ConfigKeys.MfaPasswordRetry,
    };

    private static bool IsMfa(AttemptKind kind) => kind != AttemptKind.FirstFactorOtp;

    /// <summary>
    /// Whether the attempt limit has locked <paramref name="session"/> for <paramref name="kind"/> (attempt-limit). Certain
    /// when the limit's number of certainly-counted wrong attempts fell within one CONF_INCORRECT_ATTEMPT_INTERVAL from the
    /// session's first wrong attempt, and that window is still open (after it, a counter restarted by the window could
    /// unlock it). Possible when the attempts of the customer, counted per customer or with the uncertain ones, reach it.
    /// </summary>
    private (Tri Locked, Moment? CertainAt, int Counted) SessionLock(ModelCredential session, AttemptKind kind, BrandConfig config, Moment now)
    {
        var own = _attempts.Where(a => a.Session == session && a.Kind == kind).ToList();
        var limit = Limit(config, kind);
        var window = config.AttemptIntervalMinutes * 60.0;
        var definite = own.Where(a => a.Definite).ToList();
        var locked = Tri.No;
        Moment? at = null;
        if (own.Count > 0 && definite.Count >= limit && definite[limit - 1].At.Since(own[0].At).Max < window)
        {
            at = definite[limit - 1].At;
            locked = now.Since(own[0].At).Max < window ? Tri.Yes : Tri.Maybe;

            // a reset or change may lift it ("please reset your password", 1530): the documentation does not say
            if (session.Owner.LocksMaybeClearedAt is { } cleared && cleared.Advanced >= at.Value.Advanced && cleared.SentAt > at.Value.SentAt)
            {
                locked = Tri.Maybe;
            }
        }

        if (locked != Tri.Yes)
        {
            var all = _attempts.Where(a => a.Kind == kind && a.Session.Owner == session.Owner).ToList();
            if (own.Any(a => all.Count(b => b.Sequence <= a.Sequence && a.At.Since(b.At).Min < window) >= limit))
            {
                locked = Tri.Maybe;
            }
        }

        return (locked, at, definite.Count);
    }

    /// <summary>
    /// Whether account locking (CONF_ENABLE_ACCOUNT_LOCKING(_MFA)) holds the customer's <paramref name="kind"/> validations:
    /// certain for the lock period after a certain lock by the same kind (account-lock), possible after a possible one, a
    /// lock by the other kind of the factor, a later wrong attempt (which may extend it) or a reset (which may clear it).
    /// </summary>
    private Tri AccountLocked(ModelCustomer customer, AttemptKind kind, BrandConfig config, Moment now, out string reason)
    {
        reason = string.Empty;
        var mfa = IsMfa(kind);
        if (!(mfa ? config.MfaAccountLocking : config.AccountLocking))
        {
            return Tri.No;
        }

        var period = (mfa ? config.MfaLockPeriodMinutes : config.LockPeriodMinutes) * 60.0;
        var result = Tri.No;
        var sessions = _attempts.Where(a => a.Session.Owner == customer && IsMfa(a.Kind) == mfa).Select(a => a.Session).Distinct().ToList();
        foreach (var session in sessions)
        {
            foreach (var lockKind in Enum.GetValues<AttemptKind>().Where(k => IsMfa(k) == mfa))
            {
                var (locked, at, _) = SessionLock(session, lockKind, config, now);
                if (at is { } lockedAt)
                {
                    var since = now.Since(lockedAt);
                    var cleared = customer.LocksMaybeClearedAt is { } clear && clear.Advanced >= lockedAt.Advanced;
                    var later = _attempts.Any(a => a.Session.Owner == customer && IsMfa(a.Kind) == mfa && a.At.Advanced >= lockedAt.Advanced && a.At.SentAt > lockedAt.SentAt
                        && now.Since(a.At).Min <= period);
                    if (since.Max < period && lockKind == kind && !cleared)
                    {
                        reason = $"the account was locked {since} ago by {Limit(config, lockKind)} wrong attempts; {(mfa ? ConfigKeys.MfaLockPeriod : ConfigKeys.LockPeriod)} is {Minutes(period)}";
                        result = Tri.Yes;
                    }
                    else if (since.Min <= period || later)
                    {
                        result = result.Or(Tri.Maybe);
                        reason = reason.Length > 0 ? reason : $"the account was locked {since} ago; the lock period is {Minutes(period)} (a lock by the other credential, a later attempt or a reset leaves it open)";
                    }
                }
                else if (locked != Tri.No && _attempts.Any(a => a.Session == session && a.Kind == lockKind && now.Since(a.At).Min <= period))
                {
                    result = result.Or(Tri.Maybe);
                    reason = reason.Length > 0 ? reason : "wrong attempts may have locked the account (counted per customer, or uncertain ones)";
                }
            }
        }

        return result;
    }

    /// <summary>The session lock and account lock for a validation of <paramref name="kind"/> on <paramref name="session"/>.</summary>
    private void CheckLocks(Judgement judgement, ModelCredential session, AttemptKind kind, BrandConfig config, Moment now, bool credentialCorrect)
    {
        var (locked, _, counted) = SessionLock(session, kind, config, now);
        var limit = Limit(config, kind);
        if (locked == Tri.Yes)
        {
            judgement.Refuse(RuleIds.AttemptLimit, $"{counted} wrong attempts locked {session}; {LimitKey(kind)} is {limit} ('locked for that particular session', S17)");
        }
        else if (locked == Tri.Maybe)
        {
            judgement.Maybe(RuleIds.AttemptLimit, $"wrong attempts may have locked {session} (counted per customer, across the window, or attempts that may not have counted)");
        }
        else if (counted > 0 && credentialCorrect)
        {
            judgement.Cite(RuleIds.AttemptLimit, $"{counted} wrong attempts, fewer than {LimitKey(kind)} = {limit}, leave {session} open", 5);
        }

        foreach (var other in Enum.GetValues<AttemptKind>().Where(k => k != kind && IsMfa(k) == IsMfa(kind)))
        {
            if (SessionLock(session, other, config, now).Locked != Tri.No)
            {
                judgement.Maybe(RuleIds.AttemptLimit, $"wrong attempts of another kind may have locked {session} (whether one lock holds the other credential is not documented)");
            }
        }

        var account = AccountLocked(session.Owner, kind, config, now, out var reason);
        if (account == Tri.Yes)
        {
            judgement.Refuse(RuleIds.AccountLock, reason);
        }
        else if (account == Tri.Maybe)
        {
            judgement.Maybe(RuleIds.AccountLock, reason);
        }
        else if (credentialCorrect && _attempts.Any(a => a.Session.Owner == session.Owner && IsMfa(a.Kind) == IsMfa(kind)) && (IsMfa(kind) ? config.MfaAccountLocking : config.AccountLocking))
        {
            judgement.Cite(RuleIds.AccountLock, "the account lock set by earlier wrong attempts has ended, or none was set", 6);
        }
    }

    /// <summary>otpMaxCount OTPs per mobile number within otpTimeOut minutes (E2, E9; #22), under every reading of the window.</summary>
    private void CheckOtpLimit(Judgement judgement, ModelCustomer owner, bool mfa, BrandConfig config, Moment now)
    {
        if (!config.HasOtpLimit)
        {
            return;
        }

        if (owner.MobileNumber is not { } number)
        {
            judgement.Maybe(RuleIds.OtpGenerationLimit, $"otpMaxCount counts OTPs per mobile number; this customer is identified by {owner.IdentifierType}");
            return;
        }

        var max = config.OtpMaxCount!.Value;
        var window = config.OtpTimeOutMinutes!.Value * 60.0;
        var narrow = _generations.Where(g => g.Issued && g.MobileNumber == number && g.Mfa == mfa && string.Equals(g.Brand, owner.Brand, StringComparison.OrdinalIgnoreCase)).Select(g => g.At).ToList();
        var wide = _generations.Where(g => g.MobileNumber == number).Select(g => g.At).ToList();
        var least = WindowCount.Current(narrow, now, window).Min;
        var most = WindowCount.Current(wide, now, window).Max;
        if (least >= max)
        {
            judgement.Refuse(RuleIds.OtpGenerationLimit, $"{least} OTPs were issued to this mobile number within the current otpTimeOut window of {Minutes(window)}; otpMaxCount is {max}");
        }
        else if (most >= max)
        {
            judgement.Maybe(RuleIds.OtpGenerationLimit, $"between {least} and {most} OTPs count against otpMaxCount {max}, depending on readings the documentation leaves open (first-factor and MFA OTPs together, other brands, refused requests, where the window starts)");
        }
        else if (most > 0)
        {
            judgement.Cite(RuleIds.OtpGenerationLimit, $"at most {most} OTPs count against otpMaxCount {max} in the current window", 5);
        }
    }

    private static string Minutes(double seconds) => AgeRange.Describe(seconds);

    private static string Lifetime((double Min, double Max) life) =>
        Math.Abs(life.Max - life.Min) < 1 ? Minutes(life.Min) : string.Create(CultureInfo.InvariantCulture, $"between {Minutes(life.Min)} and {Minutes(life.Max)}");
}
