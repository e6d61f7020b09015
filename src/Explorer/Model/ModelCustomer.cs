namespace MfaConformance.Explorer.Model;

/// <summary>A customer the program provisioned (or one a call named that the model does not know).</summary>
public sealed class ModelCustomer(string brand, string identifierType, string identifierValue, string label)
{
    private readonly HashSet<string?> _passwords = [];

    public string Brand { get; } = brand;

    public string IdentifierType { get; } = identifierType;

    public string IdentifierValue { get; } = identifierValue;

    /// <summary>"the customer", "the other customer", ... (no secrets).</summary>
    public string Label { get; } = label;

    /// <summary>True for a customer the program did not provision (a call named it): nothing is known of its password.</summary>
    public bool Unknown { get; init; }

    /// <summary>The MFA passwords the customer may have now (null: none registered); one value when the model is sure.</summary>
    public IReadOnlySet<string?> Passwords => _passwords;

    /// <summary>Whether a password change or reset happened (then "the old one is refused" is the rule cited).</summary>
    public bool PasswordChanged { get; set; }

    /// <summary>Whether the password was registered by the first-time OTP step.</summary>
    public bool PasswordRegisteredByOtp { get; set; }

    /// <summary>Passwords a change or reset replaced (refused from then on: change-takes-effect).</summary>
    public HashSet<string> PreviousPasswords { get; } = new(StringComparer.Ordinal);

    public List<OtpVerification> Verifications { get; } = [];

    /// <summary>The moment a reset or change may have cleared the locks (the documentation does not say).</summary>
    public Moment? LocksMaybeClearedAt { get; set; }

    public string? MobileNumber => IdentifierType == "MOBILE" ? IdentifierValue : null;

    public void SetPasswords(params string?[] values)
    {
        _passwords.Clear();
        foreach (var value in values)
        {
            _passwords.Add(value);
        }
    }

    public void AddPassword(string? value) => _passwords.Add(value);

    /// <summary>Yes: the password is certainly registered; No: certainly not; Maybe otherwise.</summary>
    public Tri HasPassword(string password) =>
        Unknown ? Tri.Maybe
        : !_passwords.Contains(password) ? Tri.No
        : _passwords.Count == 1 ? Tri.Yes
        : Tri.Maybe;

    /// <summary>Yes: no password is registered; No: one certainly is.</summary>
    public Tri IsFirstTime => Unknown ? Tri.Maybe
        : _passwords.All(p => p is null) ? Tri.Yes
        : _passwords.Contains(null) ? Tri.Maybe
        : Tri.No;

    public override string ToString() => Label;
}
