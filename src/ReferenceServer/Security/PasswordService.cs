using MfaConformance.ReferenceServer.Mutants;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MfaConformance.ReferenceServer.Security;

/// <summary>Password hashing with ASP.NET Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2, constant-time compare).</summary>
internal sealed class PasswordService(int iterations, ActiveMutant mutant)
{
    /// <summary>How many characters the password-truncated-to-8 mutant hashes.</summary>
    private const int TruncatedLength = 8;

    private static readonly object User = new();

    private readonly PasswordHasher<object> _hasher = new(Options.Create(new PasswordHasherOptions
    {
        CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
        IterationCount = iterations,
    }));

    public string Hash(string password) => _hasher.HashPassword(User, Normalize(password));

    public bool Verify(string? hash, string password) =>
        hash is not null && _hasher.VerifyHashedPassword(User, hash, Normalize(password)) != PasswordVerificationResult.Failed;

    /// <summary>The password as hashed: as given, except under the two comparison mutants (case folded, or cut to 8 characters).</summary>
    private string Normalize(string password) =>
        mutant.Is(MutantNames.PasswordIgnoresCase) ? password.ToUpperInvariant()
        : mutant.Is(MutantNames.PasswordTruncated) && password.Length > TruncatedLength ? password[..TruncatedLength]
        : password;
}
