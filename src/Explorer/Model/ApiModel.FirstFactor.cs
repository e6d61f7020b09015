namespace MfaConformance.Explorer.Model;

/// <summary>The first factor as MFA needs it (spec 1.1; E1, E2, E3, E5, mobile form).</summary>
public sealed partial class ApiModel
{
    private static readonly string[] IdentityFields = ["identifierType", "identifierValue", "deviceId", "brand"];

    /// <summary>E1 token/generate: a provisioned customer of a known brand gets a session S (S10).</summary>
    private Assessment AssessTokenGenerate(ObservedCall call)
    {
        var judgement = new Judgement();
        CheckMandatory(judgement, call, IdentityFields);
        var identity = call.Identity;
        var customer = FindCustomer(identity);
        var config = customer is null ? null : ConfigOf(customer);
        if (!judgement.HasAnyRefusal)
        {
            if (customer is null || config is null)
            {
                judgement.Maybe(RuleIds.Flow, "the identity names no customer or brand the program provisioned: whether token/generate registers one is not documented");
            }
            else if (!string.Equals(identity.Brand, customer.Brand, StringComparison.Ordinal))
            {
                judgement.Maybe(RuleIds.Brand, $"brand '{identity.Brand}' is the customer's brand in another case (matching without regard to case is an inference, §0.1)");
            }

            if (identity.IdentifierType == "USERNAME" && call.IsMissingOrEmpty("mobile") && call.IsMissingOrEmpty("email"))
            {
                judgement.Maybe(RuleIds.MandatoryFields, "a USERNAME login without mobile or email (1540 is our mapping)");
            }

            if (customer is not null && config is not null && AccountLocked(customer, AttemptKind.FirstFactorOtp, config, call.At, out _) != Tri.No)
            {
                judgement.Maybe(RuleIds.AccountLock, "the account is locked: whether a lock stops new sessions is a recommendation (S17)");
            }
        }

        return new Assessment(call, judgement.Conclude(new ResponseContract(Session: true)), answer =>
        {
            var owner = CustomerFor(identity);
            var life = (ConfigOf(owner)?.SessionExpiryMinutes ?? 15) * 60.0;
            var session = Issue(CredentialKind.FirstFactorSession, answer.SessionId!, owner, identity, call.At, (life, life));
            Supersede(session);
            if (answer.Token is { } token)
            {
                Issue(CredentialKind.FirstFactorSessionToken, token, owner, identity, call.At, null);
            }
        });
    }

    /// <summary>E2 otp/generate with S, and E9 mfa/otp/generate with M.</summary>
    private Assessment AssessOtpGenerate(ObservedCall call, bool mfa)
    {
        var judgement = new Judgement();
        CheckMandatory(judgement, call, [.. IdentityFields, "sessionId"]);
        var session = ResolveCredential(judgement, call, "sessionId");
        var usable = mfa
            ? CheckKind(judgement, session, "sessionId", CredentialKind.MfaSession, (CredentialKind.FirstFactorSession, "#5 (the MFA overview uses the primary session)"))
            : CheckKind(judgement, session, "sessionId", CredentialKind.FirstFactorSession);
        if (session is not null && usable)
        {
            CheckIdentity(judgement, call, session);
            CheckLifetime(judgement, session, call.At, RuleIds.SessionLifetime);
            CheckEnded(judgement, session);
            if (ConfigFor(judgement, session) is { } config)
            {
                CheckOtpLimit(judgement, session.Owner, mfa, config, call.At);
                foreach (var kind in mfa ? new[] { AttemptKind.MfaOtp, AttemptKind.MfaPassword } : [AttemptKind.FirstFactorOtp])
                {
                    if (SessionLock(session, kind, config, call.At).Locked != Tri.No || AccountLocked(session.Owner, kind, config, call.At, out _) != Tri.No)
                    {
                        judgement.Maybe(RuleIds.AttemptLimit, $"{session} may be locked: whether a locked session may still request an OTP is not documented (only that it stays locked)");
                    }
                }
            }
        }

        return new Assessment(call, judgement.Conclude(ResponseContract.None), _ =>
        {
            if (session is null)
            {
                return;
            }

            session.OtpRequested = true;
            if (session.Owner.MobileNumber is { } number)
            {
                _generations.Add(new OtpGeneration(session.Owner.Brand, number, mfa, call.At));
            }
        }, () =>
        {
            // a target may count requests rather than OTPs issued (a rate limiter): the refused one may count too
            if (session?.Owner.MobileNumber is { } number)
            {
                _generations.Add(new OtpGeneration(session.Owner.Brand, number, mfa, call.At, Issued: false));
            }
        });
    }

    /// <summary>E3 otp/validate with S (T1, K1), and E10 mfa/otp/validate with M (T2, K2; registers a first-time password).</summary>
    private Assessment AssessOtpValidate(ObservedCall call, bool mfa)
    {
        var judgement = new Judgement();
        CheckMandatory(judgement, call, [.. IdentityFields, "sessionId", "otp"]);
        var session = ResolveCredential(judgement, call, "sessionId");
        var usable = mfa
            ? CheckKind(judgement, session, "sessionId", CredentialKind.MfaSession, (CredentialKind.FirstFactorSession, "#5 (the MFA overview uses the primary session)"))
            : CheckKind(judgement, session, "sessionId", CredentialKind.FirstFactorSession);
        var config = ConfigFor(judgement, session);
        var match = OtpMatch.Undecided;
        ModelOtp? otp = null;
        var kind = mfa ? AttemptKind.MfaOtp : AttemptKind.FirstFactorOtp;
        if (session is not null && usable && config is not null)
        {
            CheckIdentity(judgement, call, session);
            CheckLifetime(judgement, session, call.At, RuleIds.SessionLifetime);
            CheckEnded(judgement, session);
            match = CheckOtp(judgement, call, session, mfa, config, out otp);
            CheckLocks(judgement, session, kind, config, call.At, match == OtpMatch.Correct);
        }

        var regenerate = config is null ? (bool?)null : mfa ? config.RegenerateMfaToken : config.RegenerateToken;
        var prediction = judgement.Conclude(new ResponseContract(Token: true, Key: regenerate));
        var onlyTheOtp = judgement.Findings.Count > 0 && judgement.Findings.All(f => f.Certainty == Tri.Yes && f.RuleId is RuleIds.OtpCorrect or RuleIds.OtpOwnSession);
        return new Assessment(call, prediction, answer =>
        {
            if (session is null)
            {
                return;
            }

            var owner = session.Owner;
            if (otp is not null)
            {
                otp.Validated = true;
            }

            session.MayHaveEnded($"{session} was used by a successful validation: whether that consumes it is not documented (#6)");
            if (mfa)
            {
                IssueMfaCredentials(owner, session, call, answer);
                owner.Verifications.Add(new OtpVerification(session, call.At, NextSequence()));
                RegisterFirstTimePassword(owner, session);
            }
            else
            {
                var token = Issue(CredentialKind.FirstFactorToken, answer.Token!, owner, session.Bound, call.At, (15 * 60.0, 15 * 60.0), floor: true);
                Supersede(token);
                if (answer.Key is { } key)
                {
                    var life = config?.KeyExpiryEnabled == true ? config.KeyExpiryMinutes * 60.0 : (double?)null;
                    var issued = Issue(CredentialKind.FirstFactorKey, key, owner, session.Bound, call.At, life is { } l ? (l, l) : null);
                    Supersede(issued);
                }
            }
        }, () =>
        {
            // any refused validation may count as a wrong attempt (a target may count an expired or otherwise refused OTP);
            // it certainly counts when the OTP was wrong and nothing else refused the call
            if (session is not null && usable)
            {
                _attempts.Add(new WrongAttempt(kind, session, call.At, Definite: match == OtpMatch.Wrong && onlyTheOtp, NextSequence()));
            }
        });
    }

    /// <summary>E5 token/regenerate (mobile) with K1: a new T1 (S14).</summary>
    private Assessment AssessTokenRegenerate(ObservedCall call)
    {
        var judgement = new Judgement();
        CheckMandatory(judgement, call, [.. IdentityFields, "key"]);
        var key = ResolveCredential(judgement, call, "key");
        if (CheckKind(judgement, key, "key", CredentialKind.FirstFactorKey) && key is not null)
        {
            ConfigFor(judgement, key);
            CheckIdentity(judgement, call, key);
            CheckLifetime(judgement, key, call.At, RuleIds.KeyLifetime);
            CheckEnded(judgement, key);
            CiteKeyAge(judgement, key, call.At);
        }

        return new Assessment(call, judgement.Conclude(new ResponseContract(Token: true)), answer =>
        {
            if (key is null)
            {
                return;
            }

            var token = Issue(CredentialKind.FirstFactorToken, answer.Token!, key.Owner, key.Bound, call.At, (15 * 60.0, 15 * 60.0), floor: true);
            Supersede(token);
        });
    }

    private static void CiteKeyAge(Judgement judgement, ModelCredential key, Moment now)
    {
        if (key.Lifetime is null && now.Since(key.Issued).Min > 60 * 60)
        {
            judgement.Cite(RuleIds.KeyLifetime, $"{key} is {now.Since(key.Issued)} old and keys do not expire by default (S10, S17)", 4);
        }
    }
}
