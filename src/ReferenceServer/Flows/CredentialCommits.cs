using MfaConformance.ReferenceServer.Api;
using MfaConformance.ReferenceServer.Config;
using MfaConformance.ReferenceServer.State;

namespace MfaConformance.ReferenceServer.Flows;

/// <summary>
/// Atomic credential updates. Hashing is slow, so a change reads the stored hash, checks and hashes outside the
/// customer's lock, and then commits only if the hash is still the one it read (compare-and-set): of N concurrent
/// changes made with the same current password, exactly one commits and the others are refused as if they came
/// after it (their current password is no longer the current one, 1528). A reset takes the customer's OTP
/// verification and commits in the same critical section, so one validated OTP authorizes at most one reset.
/// </summary>
internal static class CredentialCommits
{
    /// <summary>Commits <paramref name="hash"/> as the MFA password if the stored MFA hash is still <paramref name="read"/>; else 1528.</summary>
    public static void CommitMfaIfUnchanged(ServerContext server, Customer customer, string? read, string hash)
    {
        lock (customer)
        {
            if (!string.Equals(customer.MfaPasswordHash, read, StringComparison.Ordinal))
            {
                throw new ApiException(ErrorCodes.WrongPassword, "the password was changed by another request");
            }

            MfaRules.Commit(server, customer, hash);
        }
    }

    /// <summary>Commits <paramref name="hash"/> as the primary password if the stored primary hash is still <paramref name="read"/>; else 1528.</summary>
    public static void CommitPrimaryIfUnchanged(ServerContext server, Customer customer, string? read, string hash)
    {
        lock (customer)
        {
            if (!string.Equals(customer.PrimaryPasswordHash, read, StringComparison.Ordinal))
            {
                throw new ApiException(ErrorCodes.WrongPassword, "the password was changed by another request");
            }

            customer.PrimaryPasswordHash = hash;
            server.Directory.Save(customer);
        }
    }

    /// <summary>
    /// The reset's commit: takes (removes) the identity's recent MFA OTP verification, unless <paramref name="otpRequired"/>
    /// is false, and stores the new MFA hash, in one critical section. A verification already used by another reset, or
    /// older than the MFA session lifetime, gives 1532 and commits nothing.
    /// </summary>
    public static void CommitReset(ServerContext server, Customer customer, Identity identity, BrandConfig config, bool otpRequired, string hash)
    {
        var device = identity.DeviceId ?? string.Empty;
        lock (customer)
        {
            if (otpRequired && !IsRecent(server, customer, device, config))
            {
                throw new ApiException(ErrorCodes.UnableToResetPassword, "validate an MFA OTP first");
            }

            customer.MfaOtpVerifiedAt.Remove(device);
            MfaRules.Commit(server, customer, hash);
        }
    }

    /// <summary>Whether the identity validated an MFA OTP within the MFA session lifetime (#9) and has not used it for a reset yet.</summary>
    public static bool HasRecentOtp(ServerContext server, Customer customer, Identity identity, BrandConfig config)
    {
        lock (customer)
        {
            return IsRecent(server, customer, identity.DeviceId ?? string.Empty, config);
        }
    }

    private static bool IsRecent(ServerContext server, Customer customer, string device, BrandConfig config) =>
        customer.MfaOtpVerifiedAt.TryGetValue(device, out var verifiedAt)
        && server.Now - verifiedAt <= config.Minutes(ConfigKeys.MfaSessionExpiry);
}
