namespace MfaConformance.Explorer.Model;

/// <summary>The MFA session and its validations (spec 1.4, 1.5; E8, E10, E11).</summary>
public sealed partial class ApiModel
{
    /// <summary>E8 mfa/token/generate with T1: an MFA session M; a first-time customer sets the password here (#1).</summary>
    private Assessment AssessMfaTokenGenerate(ObservedCall call)
    {
        var judgement = new Judgement();
        CheckMandatory(judgement, call, [.. IdentityFields, "authorizedToken"]);
        var token = ResolveCredential(judgement, call, "authorizedToken");
        var usable = CheckKind(judgement, token, "authorizedToken", CredentialKind.FirstFactorToken,
            (CredentialKind.MfaToken, "a USER token of the MFA flow; the documentation names T1 but does not say another USER token is refused"));
        var config = ConfigFor(judgement, token);
        string? pending = null;
        if (token is not null && usable && config is not null)
        {
            CheckIdentity(judgement, call, token);
            CheckLifetime(judgement, token, call.At, RuleIds.TokenLifetime);
            CheckEnded(judgement, token);
            pending = CheckFirstTimeFields(judgement, call, token.Owner, config);
            if (AccountLocked(token.Owner, AttemptKind.MfaPassword, config, call.At, out _) != Tri.No
                || AccountLocked(token.Owner, AttemptKind.MfaOtp, config, call.At, out _) != Tri.No)
            {
                judgement.Maybe(RuleIds.AccountLock, "the account is locked: whether a lock stops new MFA sessions is not documented (locking is checked where credentials are validated)");
            }
        }

        // with CONF_SKIP_OTP_VALIDATE the first-time step needs no OTP: what the client then receives is a gap (1.4)
        var contract = pending is not null && config?.SkipOtpValidate == true ? ResponseContract.None : new ResponseContract(Session: true);
        return new Assessment(call, judgement.Conclude(contract), answer =>
        {
            if (token is null)
            {
                return;
            }

            var owner = token.Owner;
            var known = config ?? new BrandConfig();
            if (pending is not null && known.SkipOtpValidate)
            {
                // CONF_SKIP_OTP_VALIDATE: no OTP is needed, but when the password counts is a gap (1.4, §5.B)
                owner.AddPassword(pending);
            }

            if (answer.SessionId is null)
            {
                return;
            }

            var session = Issue(CredentialKind.MfaSession, answer.SessionId, owner, call.Identity, call.At, known.MfaSessionSeconds);
            Supersede(session);
            session.PendingPassword = pending;
            if (answer.Token is { } view)
            {
                Issue(CredentialKind.MfaSessionToken, view, owner, call.Identity, call.At, null);
            }
        });
    }

    /// <summary>
    /// The password fields of E8 (#1): a first-time customer on a brand with MFA passwords sets password and confirmPassword
    /// here; a mismatch or a password the regex refuses is refused. Returns the password to register, if any.
    /// </summary>
    private static string? CheckFirstTimeFields(Judgement judgement, ObservedCall call, ModelCustomer customer, BrandConfig config)
    {
        var password = call.Text("password");
        var confirmation = call.Text("confirmPassword");
        var sends = call.Has("password") || call.Has("confirmPassword");
        if (!config.MfaPasswordEnabled)
        {
            if (sends)
            {
                judgement.Maybe(RuleIds.MfaPasswordEnabled, "password fields on a brand without MFA passwords: the documentation does not say they are refused or ignored");
            }
            else
            {
                judgement.Cite(RuleIds.MfaPasswordEnabled, "IS_MFA_PASSWORD_ENABLED is false: MFA runs on the OTP alone (1.6), no password is asked", 5);
            }

            return null;
        }

        var firstTime = customer.IsFirstTime;
        if (firstTime == Tri.No)
        {
            if (sends)
            {
                judgement.Maybe(RuleIds.FirstTimeOtpStep, "password fields from a customer who has a password: they are documented for a first-time customer only (#1)");
            }

            return null;
        }

        if (firstTime == Tri.Maybe)
        {
            judgement.Maybe(RuleIds.FirstTimeOtpStep, "whether the customer's first-time password is registered yet is open");
            return null;
        }

        if (!sends)
        {
            judgement.Maybe(RuleIds.FirstTimeOtpStep, "a first-time customer without password fields: the endpoint's own table does not list them (#1)");
            return null;
        }

        if (string.IsNullOrEmpty(password) || confirmation is null)
        {
            judgement.Maybe(RuleIds.ConfirmPassword, "a first-time password or its confirmation is missing or empty: 1520 is our mapping (#1)");
            return null;
        }

        CheckNewPassword(judgement, config, password, confirmation, "the first-time password");
        return password;
    }

    /// <summary>E11 mfa/password/validate with M: T2 and K2 for the registered password.</summary>
    private Assessment AssessPasswordValidate(ObservedCall call)
    {
        var judgement = new Judgement();
        CheckMandatory(judgement, call, [.. IdentityFields, "sessionId", "password"]);
        var session = ResolveCredential(judgement, call, "sessionId");
        var usable = CheckKind(judgement, session, "sessionId", CredentialKind.MfaSession);
        var config = ConfigFor(judgement, session);
        var correct = Tri.Maybe;
        if (config is not null && !config.MfaPasswordEnabled)
        {
            judgement.Refuse(RuleIds.MfaPasswordEnabled, "IS_MFA_PASSWORD_ENABLED is false for the brand: no MFA password is validated (S17)");
        }

        if (session is not null && usable && config is not null)
        {
            CheckIdentity(judgement, call, session);
            CheckLifetime(judgement, session, call.At, RuleIds.SessionLifetime);
            CheckEnded(judgement, session);
            correct = CheckPassword(judgement, session.Owner, call.Text("password"), "the password sent");
            CheckLocks(judgement, session, AttemptKind.MfaPassword, config, call.At, correct == Tri.Yes);
        }

        var onlyThePassword = judgement.Findings.Count > 0 && judgement.Findings.All(f => f.Certainty == Tri.Yes && f.RuleId is RuleIds.PasswordCheck or RuleIds.ChangeTakesEffect);
        var prediction = judgement.Conclude(new ResponseContract(Token: true, Key: config?.RegenerateMfaToken));
        return new Assessment(call, prediction, answer =>
        {
            if (session is null)
            {
                return;
            }

            session.MayHaveEnded($"{session} was used by a successful validation: whether that consumes it is not documented (#6)");
            session.Owner.SetPasswords(call.Text("password"));
            IssueMfaCredentials(session.Owner, session, call, answer);
        }, () =>
        {
            // any refused validation may count as a wrong attempt; it certainly counts when only the password was wrong
            if (session is not null && usable && !session.Owner.Unknown)
            {
                _attempts.Add(new WrongAttempt(AttemptKind.MfaPassword, session, call.At, Definite: correct == Tri.No && onlyThePassword, NextSequence()));
            }
        });
    }

    private void IssueMfaCredentials(ModelCustomer owner, ModelCredential session, ObservedCall call, ObservedAnswer answer)
    {
        var config = ConfigOf(owner) ?? new BrandConfig();
        var life = config.MfaTokenExpiryMinutes * 60.0;
        var token = Issue(CredentialKind.MfaToken, answer.Token!, owner, session.Bound, call.At, (life, life));
        Supersede(token);
        if (answer.Key is { } key)
        {
            var keyLife = config.KeyExpiryEnabled ? config.MfaKeyExpiryMinutes * 60.0 : (double?)null;
            var issued = Issue(CredentialKind.MfaKey, key, owner, session.Bound, call.At, keyLife is { } k ? (k, k) : null);
            Supersede(issued);
        }
    }

    /// <summary>A successful MFA OTP validation registers the first-time password sent when the session was requested (1.4).</summary>
    private void RegisterFirstTimePassword(ModelCustomer owner, ModelCredential session)
    {
        if (session.PendingPassword is { } pending)
        {
            owner.SetPasswords(pending);
            owner.PasswordRegisteredByOtp = true;
            session.PendingPassword = null;
            return;
        }

        // a pending password of another session of the customer: which validation registers it is not documented
        foreach (var other in _issued.Where(c => c.Owner == owner && c.PendingPassword is not null))
        {
            owner.AddPassword(other.PendingPassword);
        }
    }
}
