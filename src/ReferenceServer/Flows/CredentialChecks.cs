using MfaConformance.ReferenceServer.Api;
using MfaConformance.ReferenceServer.Config;
using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.ReferenceServer.Security;
using MfaConformance.ReferenceServer.State;
using MfaConformance.ReferenceServer.Weaknesses;

namespace MfaConformance.ReferenceServer.Flows;

/// <summary>OTP and password checks with attempt limits, the counting window and optional account locking.</summary>
internal sealed class CredentialChecks(ServerContext server, ActiveWeaknesses weaknesses)
{
    /// <summary>The lock period the account-lock-period-ignored mutant uses whatever the brand says.</summary>
    private static readonly TimeSpan DefaultLockPeriod = TimeSpan.FromMinutes(30);

    /// <summary>Checks the session's current OTP. Call while holding the session's lock.</summary>
    public void VerifyOtp(Session session, string given, BrandConfig config, MutantEndpoint endpoint)
    {
        var mfa = session.Kind == SessionKind.Mfa;
        var customer = server.Directory.Find(session.Identity.Customer) ?? throw new ApiException(ErrorCodes.InvalidSession);
        ThrowIfAccountLocked(customer, mfa, ErrorCodes.OtpRetryLimit);
        var otp = MutantOtp(session, given, mfa) ?? session.CurrentOtp ?? throw new ApiException(ErrorCodes.OtpNotGenerated);
        // an OTP never outlives its session (#8); a mutant that skips the session lifetime sees the OTP's own 20 minutes
        var expiresAt = server.Mutant.Skips(MutantCheck.SessionExpiry, endpoint) ? otp.IssuedAt + OtpService.OtpValidity : otp.ExpiresAt;
        var valid = server.Mutant.Is(MutantNames.AcceptAnyOtp)
            || (!otp.Consumed && server.Now < expiresAt && OtpMatches(otp.Value, given))
            || (otp.Consumed && server.Mutant.Is(MutantNames.OtpReusable) && mfa && server.Now < expiresAt && ConstantTime.SecretsEqual(otp.Value, given));
        if (!valid)
        {
            var limit = config.Int(mfa ? ConfigKeys.MfaMaxOtpRetry : ConfigKeys.MaxOtpRetry);
            RecordFailure(session, customer, OtpAttempts(mfa), limit, config, ErrorCodes.OtpRetryLimit, server.Mutant.Skips(MutantCheck.OtpRetryLimit, endpoint));
            throw new ApiException(ErrorCodes.InvalidOtp);
        }

        otp.Consumed = true;
        server.Attempts.Reset(customer.Key, OtpAttempts(mfa));
    }

    /// <summary>The counter of wrong OTPs of the flow (the otp-and-password-attempts-counted-together mutant shares the MFA password's).</summary>
    public AttemptKind OtpAttempts(bool mfa) =>
        !mfa ? AttemptKind.PrimaryOtp : server.Mutant.Is(ExplorerMutantNames.OtpAndPasswordAttemptsTogether) ? AttemptKind.MfaPassword : AttemptKind.MfaOtp;

    /// <summary>
    /// Issues the session's OTP (otp/generate, mfa/otp/generate). Call while holding the session's lock. Two mutants
    /// act on a successful request: session-lifetime-slides restarts the session's lifetime (the OTP then lives up to
    /// the new end) and otp-generate-restarts-attempt-count restarts the count of wrong OTPs.
    /// </summary>
    public OtpRecord IssueOtp(Session session, BrandConfig config)
    {
        var expiresAt = session.ExpiresAt;
        if (server.Mutant.Is(ExplorerMutantNames.SessionLifetimeSlides))
        {
            session.ExpiresAt = server.Now + session.Lifetime;
        }

        OtpRecord otp;
        try
        {
            otp = server.Otps.Issue(session, config);
        }
        catch (ApiException)
        {
            session.ExpiresAt = expiresAt;
            throw;
        }

        if (server.Mutant.Is(ExplorerMutantNames.OtpGenerateRestartsAttemptCount))
        {
            server.Attempts.Reset(session.Identity.Customer, OtpAttempts(session.Kind == SessionKind.Mfa));
        }

        return otp;
    }

    /// <summary>Checks a password against the stored hash of the session's flow. Call while holding the session's lock.</summary>
    public void VerifyPassword(Session session, Customer customer, string given, BrandConfig config, MutantEndpoint endpoint)
    {
        var mfa = session.Kind == SessionKind.Mfa;
        ThrowIfAccountLocked(customer, mfa, ErrorCodes.PasswordRetryLimit);
        string? hash;
        string? previous;
        lock (customer)
        {
            hash = mfa ? customer.MfaPasswordHash : customer.PrimaryPasswordHash;
            previous = customer.PreviousMfaPasswordHash;
        }

        if (hash is null && weaknesses.Is(WeaknessNames.UnknownCustomerDiffers))
        {
            throw new ApiException(ErrorCodes.UserDoesNotExist);
        }

        // a customer without a password gets the wrong-password answer after the same work (no enumeration, WSTG-IDNT-04)
        var valid = (mfa && server.Mutant.Is(MutantNames.AcceptWrongPassword) && hash is not null)
            || (hash is null ? server.Passwords.VerifyNothing(given) : server.Passwords.Verify(hash, given))
            || (mfa && server.Mutant.Is(MutantNames.OldPasswordSurvivesChange) && server.Passwords.Verify(previous, given));
        if (!valid)
        {
            var kind = mfa ? AttemptKind.MfaPassword : AttemptKind.PrimaryPassword;
            var limit = config.Int(mfa ? ConfigKeys.MfaMaxPasswordRetry : ConfigKeys.MaxPasswordRetry);
            RecordFailure(session, customer, kind, limit, config, ErrorCodes.PasswordRetryLimit, server.Mutant.Skips(MutantCheck.PasswordRetryLimit, endpoint));
            throw weaknesses.Is(WeaknessNames.EchoPassword)
                ? new ApiException(ErrorCodes.WrongPassword, $"'{given}' is not the password")
                : new ApiException(ErrorCodes.WrongPassword);
        }

        server.Attempts.Reset(customer.Key, mfa ? AttemptKind.MfaPassword : AttemptKind.PrimaryPassword);
    }

    /// <summary>The OTP a credential-check mutant looks at instead of the session's own, or null.</summary>
    private OtpRecord? MutantOtp(Session session, string given, bool mfa)
    {
        if (!mfa)
        {
            return null;
        }

        if (server.Mutant.Is(ExplorerMutantNames.MfaOtpAcceptsFirstFactorOtp) && !ConstantTime.SecretsEqual(session.CurrentOtp?.Value ?? string.Empty, given))
        {
            return server.Otps.IssuedTo(session.Identity.Customer)
                .LastOrDefault(o => !o.Consumed && server.Now < o.ExpiresAt && o.Value == given && server.Sessions.Find(o.SessionId)?.Kind == SessionKind.Primary);
        }

        if (server.Mutant.Is(MutantNames.OtpAnySession))
        {
            return server.Otps.IssuedTo(session.Identity.Customer).LastOrDefault(o => !o.Consumed && server.Now < o.ExpiresAt && o.Value == given);
        }

        return server.Mutant.Is(MutantNames.OtpReusable)
            ? server.Otps.IssuedTo(session.Identity.Customer).LastOrDefault(o => o.Consumed && o.SessionId != session.Id && o.Value == given)
            : null;
    }

    private bool OtpMatches(string issued, string given)
    {
        if (!server.Mutant.Is(MutantNames.OtpComparesPrefix))
        {
            return ConstantTime.SecretsEqual(issued, given);
        }

        var shorter = Math.Min(issued.Length, given.Length);
        return shorter > 0 && string.CompareOrdinal(issued, 0, given, 0, shorter) == 0;
    }

    private void RecordFailure(Session session, Customer customer, AttemptKind kind, int limit, BrandConfig config, int lockCode, bool unlimited)
    {
        var window = server.Mutant.Is(ExplorerMutantNames.AttemptCountNeverRestarts) ? TimeSpan.MaxValue : config.Minutes(ConfigKeys.AttemptInterval);
        var counted = server.Mutant.Is(MutantNames.AttemptLimitOffByOne) ? limit + 1 : limit;
        if (!server.Attempts.RecordFailure(customer.Key, kind, counted, window, out var windowStart) || unlimited)
        {
            return;
        }

        session.LockedWith = lockCode;
        var mfa = session.Kind == SessionKind.Mfa;
        if (!AccountLockingOn(config, mfa))
        {
            return;
        }

        var period = config.Minutes(mfa ? ConfigKeys.MfaLockPeriod : ConfigKeys.LockPeriod);
        var from = server.Mutant.Is(ExplorerMutantNames.AccountLockFromFirstWrongAttempt) ? windowStart : server.Now;
        var until = from + (mfa && server.Mutant.Is(MutantNames.AccountLockPeriodIgnored) ? DefaultLockPeriod : period);
        lock (customer)
        {
            if (mfa)
            {
                customer.MfaLockedUntil = until;
            }
            else
            {
                customer.PrimaryLockedUntil = until;
            }
        }
    }

    /// <summary>CONF_ENABLE_ACCOUNT_LOCKING(_MFA) of the flow; two explorer mutants read the flags otherwise.</summary>
    private bool AccountLockingOn(BrandConfig config, bool mfa) =>
        config.Bool(mfa ? ConfigKeys.MfaAccountLocking : ConfigKeys.AccountLocking)
        || server.Mutant.Is(ExplorerMutantNames.AccountLockingIgnoresFlag)
        || (mfa && server.Mutant.Is(ExplorerMutantNames.FirstFactorLockingFlagLocksMfa) && config.Bool(ConfigKeys.AccountLocking));

    private void ThrowIfAccountLocked(Customer customer, bool mfa, int code)
    {
        DateTimeOffset? until;
        lock (customer)
        {
            until = mfa ? customer.MfaLockedUntil : customer.PrimaryLockedUntil;
        }

        if (until > server.Now)
        {
            throw new ApiException(code);
        }
    }
}
