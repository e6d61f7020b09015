using MfaConformance.ReferenceServer.Api;
using MfaConformance.ReferenceServer.Config;
using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.ReferenceServer.Security;
using MfaConformance.ReferenceServer.State;

namespace MfaConformance.ReferenceServer.Flows;

/// <summary>OTP and password checks with attempt limits, the counting window and optional account locking.</summary>
internal sealed class CredentialChecks(ServerContext server)
{
    /// <summary>Checks the session's current OTP. Call while holding the session's lock.</summary>
    public void VerifyOtp(Session session, string given, BrandConfig config)
    {
        var mfa = session.Kind == SessionKind.Mfa;
        var customer = server.Directory.Find(session.Identity.Customer) ?? throw new ApiException(ErrorCodes.InvalidSession);
        ThrowIfAccountLocked(customer, mfa, ErrorCodes.OtpRetryLimit);
        var otp = session.CurrentOtp ?? throw new ApiException(ErrorCodes.OtpNotGenerated);
        var valid = server.Mutant.Is(MutantNames.AcceptAnyOtp)
            || (!otp.Consumed && server.Now < otp.ExpiresAt && ConstantTime.SecretsEqual(otp.Value, given));
        if (!valid)
        {
            var kind = mfa ? AttemptKind.MfaOtp : AttemptKind.PrimaryOtp;
            var limit = config.Int(mfa ? ConfigKeys.MfaMaxOtpRetry : ConfigKeys.MaxOtpRetry);
            RecordFailure(session, customer, kind, limit, config, ErrorCodes.OtpRetryLimit, server.Mutant.Is(MutantNames.NoOtpRetryLimit));
            throw new ApiException(ErrorCodes.InvalidOtp);
        }

        otp.Consumed = true;
        server.Attempts.Reset(customer.Key, mfa ? AttemptKind.MfaOtp : AttemptKind.PrimaryOtp);
    }

    /// <summary>Checks a password against the stored hash of the session's flow. Call while holding the session's lock.</summary>
    public void VerifyPassword(Session session, Customer customer, string given, BrandConfig config)
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

        if (hash is null)
        {
            throw new ApiException(ErrorCodes.UnableToValidatePassword, "no password is registered for this customer");
        }

        var valid = (mfa && server.Mutant.Is(MutantNames.AcceptWrongPassword))
            || server.Passwords.Verify(hash, given)
            || (mfa && server.Mutant.Is(MutantNames.OldPasswordSurvivesChange) && server.Passwords.Verify(previous, given));
        if (!valid)
        {
            var kind = mfa ? AttemptKind.MfaPassword : AttemptKind.PrimaryPassword;
            var limit = config.Int(mfa ? ConfigKeys.MfaMaxPasswordRetry : ConfigKeys.MaxPasswordRetry);
            RecordFailure(session, customer, kind, limit, config, ErrorCodes.PasswordRetryLimit, server.Mutant.Is(MutantNames.NoPasswordRetryLimit));
            throw new ApiException(ErrorCodes.WrongPassword);
        }

        server.Attempts.Reset(customer.Key, mfa ? AttemptKind.MfaPassword : AttemptKind.PrimaryPassword);
    }

    private void RecordFailure(Session session, Customer customer, AttemptKind kind, int limit, BrandConfig config, int lockCode, bool unlimited)
    {
        var window = config.Minutes(ConfigKeys.AttemptInterval);
        if (!server.Attempts.RecordFailure(customer.Key, kind, limit, window) || unlimited)
        {
            return;
        }

        session.LockedWith = lockCode;
        var mfa = session.Kind == SessionKind.Mfa;
        if (!config.Bool(mfa ? ConfigKeys.MfaAccountLocking : ConfigKeys.AccountLocking))
        {
            return;
        }

        var until = server.Now + config.Minutes(mfa ? ConfigKeys.MfaLockPeriod : ConfigKeys.LockPeriod);
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
