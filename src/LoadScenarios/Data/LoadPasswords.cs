using Bogus;

namespace MfaConformance.LoadScenarios.Data;

/// <summary>
/// Seeded Bogus passwords for load customers: 12+ characters with letters, two digits and a symbol, so they meet
/// the default MFA_PASSWORD_REGEX of the run brand. The same seed and sequence give the same password.
/// </summary>
internal static class LoadPasswords
{
    private const string Letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string Current(int seed, long sequence) => Make(seed, sequence, 'c');

    /// <summary>The password a change or reset of this customer moves to (differs from <see cref="Current"/>).</summary>
    public static string Next(int seed, string identifierValue) => Make(seed, StableHash(identifierValue), 'n');

    private static long StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    private static string Make(int seed, long sequence, char marker)
    {
        var random = new Randomizer(unchecked((seed * 31) + (int)sequence + marker));
        return $"L{marker}{random.String2(8, Letters)}{random.Number(10, 99)}!";
    }
}
