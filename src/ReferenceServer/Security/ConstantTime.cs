using System.Security.Cryptography;
using System.Text;

namespace MfaConformance.ReferenceServer.Security;

/// <summary>Constant-time comparison of secrets (OTPs, signatures).</summary>
internal static class ConstantTime
{
    public static bool SecretsEqual(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
