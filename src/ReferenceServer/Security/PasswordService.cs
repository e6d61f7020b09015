using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MfaConformance.ReferenceServer.Security;

/// <summary>Password hashing with ASP.NET Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2, constant-time compare).</summary>
internal sealed class PasswordService(int iterations)
{
    private static readonly object User = new();

    private readonly PasswordHasher<object> _hasher = new(Options.Create(new PasswordHasherOptions
    {
        CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
        IterationCount = iterations,
    }));

    public string Hash(string password) => _hasher.HashPassword(User, password);

    public bool Verify(string? hash, string password) =>
        hash is not null && _hasher.VerifyHashedPassword(User, hash, password) != PasswordVerificationResult.Failed;
}
