namespace MfaConformance.Explorer.Model;

/// <summary>Resetting and changing the MFA password (spec 1.7, 1.8; E12, E13 and the password/change path, #3).</summary>
public sealed partial class ApiModel
{
    /// <summary>E12 mfa/password/forget with M: by default only after the customer's own MFA OTP was validated (1.7, S17).</summary>
    private Assessment AssessPasswordForget(ObservedCall call)
    {
        var judgement = new Judgement();
        CheckMandatory(judgement, call, [.. IdentityFields, "sessionId", "password", "confirmPassword"]);
        var session = ResolveCredential(judgement, call, "sessionId");
        var usable = CheckKind(judgement, session, "sessionId", CredentialKind.MfaSession);
        var config = ConfigFor(judgement, session);
        OtpVerification? verification = null;
        if (config is not null && !config.MfaPasswordEnabled)
        {
            judgement.Refuse(RuleIds.MfaPasswordEnabled, "IS_MFA_PASSWORD_ENABLED is false for the brand: no MFA password is reset (S17)");
        }

        var password = call.Text("password");
        if (session is not null && usable && config is not null)
        {
            CheckIdentity(judgement, call, session);
            CheckLifetime(judgement, session, call.At, RuleIds.SessionLifetime);
            CheckEnded(judgement, session);
            verification = CheckResetOtp(judgement, call, session, config);
            if (!call.IsMissingOrEmpty("password"))
            {
                CheckNewPassword(judgement, config, password, call.Text("confirmPassword"), "the new password");
            }

            var owner = session.Owner;
            if (owner.IsFirstTime != Tri.No)
            {
                judgement.Maybe(RuleIds.ForgetNeedsOtp, $"{owner} may have no MFA password to reset: the documentation does not say");
            }
            else if (password is not null && owner.HasPassword(password) != Tri.No)
            {
                judgement.Maybe(RuleIds.NewDiffers, "a reset to the current password: the documentation forbids it only for a change (1527)");
            }

            if (SessionLock(session, AttemptKind.MfaPassword, config, call.At).Locked != Tri.No || SessionLock(session, AttemptKind.MfaOtp, config, call.At).Locked != Tri.No
                || AccountLocked(owner, AttemptKind.MfaPassword, config, call.At, out _) != Tri.No || AccountLocked(owner, AttemptKind.MfaOtp, config, call.At, out _) != Tri.No)
            {
                judgement.Maybe(RuleIds.AttemptLimit, "a locked session or account: whether a reset is still allowed is not documented");
            }
        }

        return new Assessment(call, judgement.Conclude(ResponseContract.None), _ =>
        {
            if (session is null)
            {
                return;
            }

            var owner = session.Owner;
            ReplacePassword(owner, password!, call.At);
            if (verification is not null)
            {
                verification.Used = Tri.Maybe;
            }

            foreach (var v in owner.Verifications)
            {
                v.Used = v.Used.Or(Tri.Maybe);
            }

            session.MayHaveEnded("a reset used the session: whether that consumes it is not documented");
        });
    }

    /// <summary>
    /// What a reset needs by default (forget-needs-otp): the customer's own validated MFA OTP. With none, the reset must be
    /// refused; with one, whether it works is open (#9: the documentation does not say on which session, nor how long
    /// after the OTP). With CONF_SKIP_OTP_VALIDATE_RESET no OTP is needed, and a valid reset must work.
    /// </summary>
    private static OtpVerification? CheckResetOtp(Judgement judgement, ObservedCall call, ModelCredential session, BrandConfig config)
    {
        if (config.SkipOtpValidateReset)
        {
            judgement.Cite(RuleIds.ForgetNeedsOtp, "CONF_SKIP_OTP_VALIDATE_RESET removes the need for the MFA OTP (S17, S18)", 5);
            return null;
        }

        var verifications = session.Owner.Verifications;
        if (verifications.Count == 0)
        {
            judgement.Refuse(RuleIds.ForgetNeedsOtp, $"{session.Owner} has validated no MFA OTP, and CONF_SKIP_OTP_VALIDATE_RESET is off (S17, S18)");
            return null;
        }

        var horizon = Math.Min(config.MfaSessionSeconds.Min, 300);
        var fresh = verifications.LastOrDefault(v => v.Used == Tri.No && v.Session != session && v.Sequence < session.Sequence
            && call.At.Since(v.At).Max < horizon);
        if (fresh is null)
        {
            judgement.Maybe(RuleIds.ForgetNeedsOtp, "the validated MFA OTP is on this same session, was used by an earlier reset, or is older than the documented sequence covers (#9)");
            return null;
        }

        // the documentation says a reset needs the OTP, not on which session (#9): the sequence of 1.7 is our reading
        judgement.SuccessIsOpen("#9: after the MFA OTP the documentation does not say which session a reset takes (1.7 is our reading)");
        return fresh;
    }

    /// <summary>E13 mfa/password/change with T2 (and, with <paramref name="alias"/>, the same request on /auth/v1/password/change).</summary>
    private Assessment AssessPasswordChange(ObservedCall call, bool alias)
    {
        var judgement = new Judgement();
        if (alias)
        {
            // one version of the primary change table marks only these as mandatory (#21); the suite asserts the same
            CheckMandatory(judgement, call, "identifierType", "identifierValue", "token");
            judgement.SuccessIsOpen("#3: whether /auth/v1/password/change takes the MFA token is only recorded");
        }
        else
        {
            CheckMandatory(judgement, call, [.. IdentityFields, "password", "newPassword", "confirmPassword", "token"]);
        }

        var token = ResolveCredential(judgement, call, "token");
        var usable = CheckKind(judgement, token, "token", CredentialKind.MfaToken, (CredentialKind.FirstFactorToken, "#4 (the page's example token is a primary token)"));
        var config = ConfigFor(judgement, token);
        if (config is not null && !config.MfaPasswordEnabled)
        {
            judgement.Refuse(RuleIds.MfaPasswordEnabled, "IS_MFA_PASSWORD_ENABLED is false for the brand: no MFA password is changed (S17)");
        }

        if (token is { Kind: CredentialKind.FirstFactorToken })
        {
            judgement.SuccessIsOpen("#4: a primary token where the MFA token is documented");
        }

        var current = call.Text("password");
        var newPassword = call.Text("newPassword");
        if (token is not null && usable && config is not null)
        {
            CheckIdentity(judgement, call, token);
            CheckLifetime(judgement, token, call.At, RuleIds.TokenLifetime);
            CheckEnded(judgement, token);
            if (current is not null)
            {
                CheckPassword(judgement, token.Owner, current, "the current password sent");
            }

            if (current is not null && newPassword is not null && string.Equals(current, newPassword, StringComparison.Ordinal))
            {
                judgement.Refuse(RuleIds.NewDiffers, "the new password is the current one (S19 1527: old and new password cannot be same)");
            }
            else if (current is not null && newPassword is not null && string.Equals(current, newPassword, StringComparison.OrdinalIgnoreCase))
            {
                judgement.Cite(RuleIds.NewDiffers, "the new password differs from the current one in case only, so it is not the same password", 6);
            }

            if (newPassword is not null)
            {
                CheckNewPassword(judgement, config, newPassword, call.Text("confirmPassword"), "the new password");
            }

            if (AccountLocked(token.Owner, AttemptKind.MfaPassword, config, call.At, out _) != Tri.No)
            {
                judgement.Maybe(RuleIds.AccountLock, "a locked account: whether a change is still allowed is not documented");
            }
        }

        return new Assessment(call, judgement.Conclude(ResponseContract.None), _ =>
        {
            if (token is null)
            {
                return;
            }

            var owner = token.Owner;
            if (alias)
            {
                // #3: the path may change the MFA password or another one
                owner.AddPassword(newPassword);
                MayEndAll(owner, "a password change: whether it ends the customer's other credentials is not documented");
            }
            else
            {
                ReplacePassword(owner, newPassword!, call.At);
            }
        }, () =>
        {
            if (token is not null && usable && current is not null && token.Owner.HasPassword(current) != Tri.Yes
                && _issued.LastOrDefault(c => c.Owner == token.Owner && c.Kind == CredentialKind.MfaSession) is { } latest)
            {
                // whether a wrong current password counts towards the password attempts is not documented
                _attempts.Add(new WrongAttempt(AttemptKind.MfaPassword, latest, call.At, Definite: false, NextSequence()));
            }
        });
    }

    private void ReplacePassword(ModelCustomer owner, string password, Moment at)
    {
        foreach (var previous in owner.Passwords.Where(p => p is not null && p != password))
        {
            owner.PreviousPasswords.Add(previous!);
        }

        owner.PreviousPasswords.Remove(password);
        owner.SetPasswords(password);
        owner.PasswordChanged = true;
        owner.LocksMaybeClearedAt = at;
        MayEndAll(owner, "the password was changed or reset: whether that ends the customer's sessions, tokens and keys is not documented");
    }
}
