using System.Security.Cryptography;

namespace MfaConformance.StepDefinitions.Contexts;

/// <summary>
/// Per scenario: the real password sent for each password literal of the feature file. A literal such as
/// "Passw0rd!old" is public (it is in the feature text and so in every report); what goes over the wire is a
/// random password of the same shape: same length, each character replaced by a random one of the same class
/// (upper case, lower case, digit; other characters kept), so any length or character-class rule
/// (MFA_PASSWORD_REGEX) judges it as it would judge the literal. The same literal gives the same password within the
/// scenario, different literals give different passwords, and the empty string stays empty (a "missing password" case).
/// </summary>
public sealed class PasswordBook
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "0123456789";

    private readonly Dictionary<string, string> _real = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _bound = new(StringComparer.Ordinal);
    private readonly HashSet<string> _others = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The password to send for <paramref name="literal"/>.</summary>
    public string Real(string literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        lock (_gate)
        {
            if (_real.TryGetValue(literal, out var known))
            {
                return known;
            }

            string candidate;
            do
            {
                candidate = SameShape(literal);
            }
            while (literal.Length > 0 && (candidate == literal || _real.ContainsValue(candidate)));

            _real[literal] = candidate;
            return candidate;
        }
    }

    /// <summary>
    /// A new password of the same shape as <paramref name="literal"/> that differs from every password of the scenario so
    /// far, bound to no literal (the "new password like …" of a burst of concurrent updates).
    /// </summary>
    public string Another(string literal)
    {
        ArgumentException.ThrowIfNullOrEmpty(literal);
        lock (_gate)
        {
            string candidate;
            do
            {
                candidate = SameShape(literal);
            }
            while (candidate == literal || _real.ContainsValue(candidate) || _others.Contains(candidate));

            _others.Add(candidate);
            return candidate;
        }
    }

    /// <summary>
    /// Makes <paramref name="literal"/> stand for <paramref name="real"/> from now on: a fixture customer's own
    /// password, for targets without hooks (the scenario's literal then means "the customer's password").
    /// </summary>
    public void Bind(string literal, string real)
    {
        lock (_gate)
        {
            _real[literal] = real;
            _bound[literal] = real;
        }
    }

    /// <summary>The value <paramref name="literal"/> was bound to by <see cref="Bind"/>, or null.</summary>
    public string? BoundValue(string literal)
    {
        lock (_gate)
        {
            return _bound.GetValueOrDefault(literal);
        }
    }

    private static string SameShape(string literal) => string.Create(literal.Length, literal, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = char.IsAsciiLetterUpper(c) ? Pick(Upper)
                : char.IsAsciiLetterLower(c) ? Pick(Lower)
                : char.IsAsciiDigit(c) ? Pick(Digits)
                : c;
        }
    });

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}
