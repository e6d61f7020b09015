namespace MfaConformance.Explorer.Model;

/// <summary>The checks of what a customer proves: an OTP (otp-correct, otp-single-use, otp-own-session) and a password.</summary>
public sealed partial class ApiModel
{
    /// <summary>How an OTP that was sent relates to the session's OTPs; Undecided when a wrong attempt may or may not count.</summary>
    private enum OtpMatch
    {
        Correct,
        Wrong,
        Undecided,
    }

    private OtpMatch CheckOtp(Judgement judgement, ObservedCall call, ModelCredential session, bool mfa, BrandConfig config, out ModelOtp? matched)
    {
        matched = null;
        var sent = call.Text("otp");
        if (string.IsNullOrEmpty(sent))
        {
            return OtpMatch.Undecided;
        }

        if (!session.OtpRequested)
        {
            judgement.Refuse(RuleIds.OtpCorrect, $"no OTP was requested for {session}, so none can be correct");
            return OtpMatch.Undecided;
        }

        var newest = session.Otps.Count > 0 ? session.Otps[^1] : null;
        if (newest is null)
        {
            judgement.Maybe(RuleIds.OtpCorrect, $"the OTP issued for {session} could not be read through the hook");
            return OtpMatch.Undecided;
        }

        if (sent == newest.Value)
        {
            matched = newest;
            if (newest.Validated)
            {
                judgement.Refuse(RuleIds.OtpSingleUse, $"this OTP was validated already (an OTP is never accepted again, §0.1)");
                return OtpMatch.Undecided;
            }

            // The primary OTP is documented valid 20 minutes, "the same as the session" (#8); the MFA OTP's validity is
            // not documented beyond its session (the suite accepts it up to 5 s before a 5-minute session ends).
            var horizon = mfa ? Math.Min(config.MfaSessionSeconds.Min, 300) : Math.Min(config.SessionExpiryMinutes * 60.0, 1200);
            var age = call.At.Since(newest.Issued);
            if (age.Max >= horizon)
            {
                judgement.Maybe(RuleIds.SessionLifetime, $"the OTP is {age} old; the documentation guarantees it only for {Minutes(horizon)} (#8)");
            }

            return OtpMatch.Correct;
        }

        if (session.Otps.FirstOrDefault(o => o.Value == sent) is { } older)
        {
            matched = older;
            if (older.Validated)
            {
                judgement.Refuse(RuleIds.OtpSingleUse, "this OTP of the session was validated already (§0.1)");
            }
            else
            {
                judgement.Maybe(RuleIds.OtpCorrect, "an older OTP of this session: whether a newer OTP replaces it is not documented");
            }

            return OtpMatch.Undecided;
        }

        if (_otps.LastOrDefault(o => o.Value == sent) is { } foreign)
        {
            if (foreign.Validated)
            {
                judgement.Refuse(RuleIds.OtpSingleUse, $"the OTP of {foreign.Session}, validated already: an OTP is never accepted again, on that session or any other (§0.1)");
            }
            else
            {
                judgement.Refuse(RuleIds.OtpOwnSession, $"the OTP issued for {foreign.Session}, not for {session} (an OTP is issued for one session, §0.1)");
            }

            // whether another session's OTP counts as a wrong attempt is not documented
            return OtpMatch.Undecided;
        }

        if (sent.Trim() == newest.Value)
        {
            judgement.Maybe(RuleIds.OtpCorrect, "the session's OTP with surrounding whitespace: the documentation does not say how an OTP string is read (#16)");
            return OtpMatch.Undecided;
        }

        judgement.Refuse(RuleIds.OtpCorrect, $"not the OTP issued for {session} ({Describe(sent, newest.Value)})");

        // a well-formed wrong OTP counts as a wrong attempt; a shorter or longer one may be refused as malformed first
        return sent.Length == newest.Value.Length && sent.All(char.IsAsciiDigit) ? OtpMatch.Wrong : OtpMatch.Undecided;
    }

    private static string Describe(string sent, string expected) =>
        sent.StartsWith(expected, StringComparison.Ordinal) ? "a longer string with the same prefix"
        : expected.StartsWith(sent, StringComparison.Ordinal) ? "a shorter string with the same prefix"
        : "another value";

    /// <summary>The registered password, exactly (password-check); after a change or reset the old one is refused (change-takes-effect).</summary>
    private static Tri CheckPassword(Judgement judgement, ModelCustomer customer, string? sent, string what)
    {
        if (sent is null || customer.Unknown)
        {
            if (customer.Unknown)
            {
                judgement.Maybe(RuleIds.PasswordCheck, $"{customer}: its password is not known to the model");
            }

            return Tri.Maybe;
        }

        var has = customer.HasPassword(sent);
        if (has == Tri.No)
        {
            var registered = customer.Passwords.Where(p => p is not null).Select(p => p!).ToList();
            if (registered.Count == 0)
            {
                judgement.Refuse(RuleIds.FirstTimeOtpStep, $"{customer} has no MFA password registered (a first-time password is registered only by the MFA OTP step, 1.4)");
            }
            else if (customer.PasswordChanged && customer.PreviousPasswords.Contains(sent))
            {
                judgement.Refuse(RuleIds.ChangeTakesEffect, $"{what} is the password from before the change or reset: the old one is refused (1.7, 1.8)");
            }
            else
            {
                judgement.Refuse(RuleIds.PasswordCheck, $"{what} is not the registered password ({string.Join(" / ", registered.Select(r => PasswordDifference(sent, r)))})");
            }
        }
        else if (has == Tri.Maybe)
        {
            judgement.Maybe(RuleIds.PasswordCheck, $"whether {what} is registered is open (a step whose effect the documentation does not fix)");
        }
        else if (customer.PasswordChanged)
        {
            judgement.Cite(RuleIds.ChangeTakesEffect, $"{what} is the password set by the last change or reset", 6);
        }
        else if (customer.PasswordRegisteredByOtp)
        {
            judgement.Cite(RuleIds.FirstTimeOtpStep, $"{what} was registered by the first-time MFA OTP step", 5);
        }

        return has;
    }

    private static string PasswordDifference(string sent, string registered) =>
        string.Equals(sent, registered, StringComparison.OrdinalIgnoreCase) ? "the same in another case"
        : sent.StartsWith(registered, StringComparison.Ordinal) ? "a longer string with the same prefix"
        : registered.StartsWith(sent, StringComparison.Ordinal) ? "a shorter string with the same prefix"
        : "another password";

    /// <summary>A new password: confirmPassword repeats it exactly (confirm-password) and it matches MFA_PASSWORD_REGEX (password-regex).</summary>
    private static void CheckNewPassword(Judgement judgement, BrandConfig config, string? password, string? confirmation, string what)
    {
        if (password is null)
        {
            return;
        }

        if (confirmation is not null && !string.Equals(password, confirmation, StringComparison.Ordinal))
        {
            judgement.Refuse(RuleIds.ConfirmPassword, $"confirmPassword does not repeat {what} ({PasswordDifference(confirmation, password)})");
        }

        var acceptable = config.PasswordAcceptable(password);
        if (acceptable == Tri.No)
        {
            judgement.Refuse(RuleIds.PasswordRegex, $"{what} does not match MFA_PASSWORD_REGEX {config.PasswordRegex}");
        }
        else if (acceptable == Tri.Maybe)
        {
            judgement.Maybe(RuleIds.PasswordRegex, "no MFA_PASSWORD_REGEX is configured, and the documentation gives no default");
        }
    }
}
