using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.ReferenceServer.Weaknesses;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MfaConformance.ReferenceServer.Security;

/// <summary>Password hashing with ASP.NET Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2, constant-time compare).</summary>
internal sealed class PasswordService(int iterations, ActiveMutant mutant, ActiveWeaknesses? weaknesses = null)
{
    /// <summary>How many characters the password-truncated-to-8 mutant hashes.</summary>
    private const int TruncatedLength = 8;

    private static readonly object User = new();

    private readonly PasswordHasher<object> _hasher = new(Options.Create(new PasswordHasherOptions
    {
        CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
        IterationCount = iterations,
    }));

    private readonly PlainPasswords? _plain = weaknesses?.Is(WeaknessNames.EarlyExitPasswordCompare) == true ? new PlainPasswords() : null;

    private string? _dummyHash;

    public string Hash(string password)
    {
        var hash = _hasher.HashPassword(User, Normalize(password));
        _plain?.Remember(hash, password);
        return hash;
    }

    public bool Verify(string? hash, string password)
    {
        if (hash is null)
        {
            return false;
        }

        var hashed = _hasher.VerifyHashedPassword(User, hash, Normalize(password)) != PasswordVerificationResult.Failed;
        return _plain?.Compare(hash, password) ?? hashed;
    }

    /// <summary>
    /// Spends the time of a verification and fails: for a customer without a password, so that its answer takes as
    /// long as a wrong password's (no timing difference tells registered customers from others, WSTG-IDNT-04).
    /// </summary>
    public bool VerifyNothing(string password)
    {
        _dummyHash ??= _hasher.HashPassword(User, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));
        _ = _hasher.VerifyHashedPassword(User, _dummyHash, Normalize(password));
        return false;
    }

    /// <summary>The password as hashed: as given, except under the two comparison mutants (case folded, or cut to 8 characters).</summary>
    private string Normalize(string password) =>
        mutant.Is(MutantNames.PasswordIgnoresCase) ? password.ToUpperInvariant()
        : mutant.Is(MutantNames.PasswordTruncated) && password.Length > TruncatedLength ? password[..TruncatedLength]
        : password;
}
