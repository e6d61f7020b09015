using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MfaConformance.Explorer.Model;

/// <summary>
/// A brand's configuration as the documentation defines it (spec §4.1, §4.2, §4.4): each key's documented default unless
/// set. Keys without a documented default (MFA_PASSWORD_REGEX, otpMaxCount, otpTimeOut) are null when not set.
/// </summary>
public sealed record BrandConfig
{
    public bool MfaPasswordEnabled { get; init; }

    /// <summary>MFA_PASSWORD_REGEX; null: none given, and the documentation gives no default.</summary>
    public string? PasswordRegex { get; init; }

    public int MfaPasswordRetry { get; init; } = 5;

    public int MfaOtpRetry { get; init; } = 5;

    public int OtpRetry { get; init; } = 5;

    public int SessionExpiryMinutes { get; init; } = 15;

    public int MfaSessionExpiryMinutes { get; init; } = 15;

    public int MfaTokenSessionExpiryMinutes { get; init; } = 15;

    public int MfaTokenExpiryMinutes { get; init; } = 15;

    public bool KeyExpiryEnabled { get; init; }

    public int KeyExpiryMinutes { get; init; } = 60;

    public int MfaKeyExpiryMinutes { get; init; } = 60;

    public bool AccountLocking { get; init; }

    public int LockPeriodMinutes { get; init; } = 30;

    public bool MfaAccountLocking { get; init; }

    public int MfaLockPeriodMinutes { get; init; } = 30;

    public int AttemptIntervalMinutes { get; init; } = 30;

    public int? OtpMaxCount { get; init; }

    public int? OtpTimeOutMinutes { get; init; }

    public int OtpLength { get; init; } = 6;

    public bool RegenerateToken { get; init; } = true;

    public bool RegenerateMfaToken { get; init; } = true;

    public bool SkipOtpValidate { get; init; }

    public bool SkipOtpValidateReset { get; init; }

    /// <summary>The keys this configuration sets explicitly, with their values (what the brand hook is sent).</summary>
    public IReadOnlyDictionary<string, JsonNode?> Explicit { get; init; } = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);

    /// <summary>The MFA session's lifetime: two documented keys name it (§4.1); when they differ, anything between them.</summary>
    public (double Min, double Max) MfaSessionSeconds =>
        (Math.Min(MfaSessionExpiryMinutes, MfaTokenSessionExpiryMinutes) * 60.0, Math.Max(MfaSessionExpiryMinutes, MfaTokenSessionExpiryMinutes) * 60.0);

    /// <summary>True when the OTP-generation limit applies (both otpMaxCount and otpTimeOut set, E2/E9).</summary>
    public bool HasOtpLimit => OtpMaxCount is > 0 && OtpTimeOutMinutes is > 0;

    /// <summary>Whether <paramref name="password"/> satisfies MFA_PASSWORD_REGEX: Maybe when no regex is configured.</summary>
    public Tri PasswordAcceptable(string password)
    {
        if (PasswordRegex is null)
            return Tri.Maybe;
        try
        {
            return TriExtensions.From(Regex.IsMatch(password, PasswordRegex, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
        }
        catch (RegexMatchTimeoutException)
        {
            return Tri.Maybe;
        }
        catch (ArgumentException)
        {
            return Tri.Maybe;
        }
    }

    /// <summary>The configuration a brand hook body describes (keys left out take their documented defaults).</summary>
    public static BrandConfig FromJson(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var config = new BrandConfig
        {
            MfaPasswordEnabled = Bool(body, ConfigKeys.MfaPasswordEnabled, false),
            PasswordRegex = Text(body, ConfigKeys.PasswordRegex),
            MfaPasswordRetry = Int(body, ConfigKeys.MfaPasswordRetry, 5),
            MfaOtpRetry = Int(body, ConfigKeys.MfaOtpRetry, 5),
            OtpRetry = Int(body, ConfigKeys.OtpRetry, 5),
            SessionExpiryMinutes = Int(body, ConfigKeys.SessionExpiry, 15),
            MfaSessionExpiryMinutes = Int(body, ConfigKeys.MfaSessionExpiry, 15),
            MfaTokenSessionExpiryMinutes = Int(body, ConfigKeys.MfaTokenSessionExpiry, 15),
            MfaTokenExpiryMinutes = Int(body, ConfigKeys.MfaTokenExpiry, 15),
            KeyExpiryEnabled = Bool(body, ConfigKeys.KeyExpiryEnabled, false),
            KeyExpiryMinutes = Int(body, ConfigKeys.KeyExpiry, 60),
            MfaKeyExpiryMinutes = Int(body, ConfigKeys.MfaKeyExpiry, 60),
            AccountLocking = Bool(body, ConfigKeys.AccountLocking, false),
            LockPeriodMinutes = Int(body, ConfigKeys.LockPeriod, 30),
            MfaAccountLocking = Bool(body, ConfigKeys.MfaAccountLocking, false),
            MfaLockPeriodMinutes = Int(body, ConfigKeys.MfaLockPeriod, 30),
            AttemptIntervalMinutes = Int(body, ConfigKeys.AttemptInterval, 30),
            OtpMaxCount = NullableInt(body, ConfigKeys.OtpMaxCount),
            OtpTimeOutMinutes = NullableInt(body, ConfigKeys.OtpTimeOut),
            OtpLength = Int(body, ConfigKeys.OtpLength, 6),
            RegenerateToken = Bool(body, ConfigKeys.RegenerateToken, true),
            RegenerateMfaToken = Bool(body, ConfigKeys.RegenerateMfaToken, true),
            SkipOtpValidate = Bool(body, ConfigKeys.SkipOtpValidate, false),
            SkipOtpValidateReset = Bool(body, ConfigKeys.SkipOtpValidateReset, false),
        };
        return config with { Explicit = body.ToDictionary(p => p.Key, p => p.Value?.DeepClone(), StringComparer.Ordinal) };
    }

    /// <summary>The brand hook body for this configuration (its explicit keys).</summary>
    public JsonObject ToJson()
    {
        var body = new JsonObject();
        foreach (var key in ConfigKeys.All.Where(Explicit.ContainsKey).Concat(Explicit.Keys.Where(k => !ConfigKeys.All.Contains(k))))
        {
            body[key] = Explicit[key]?.DeepClone();
        }

        return body;
    }

    /// <summary>"key = value" for every explicit key (no secrets in a configuration).</summary>
    public override string ToString() =>
        string.Join(", ", ToJson().Select(p => $"{p.Key} = {p.Value?.ToJsonString() ?? "null"}"));

    private static bool Bool(JsonObject body, string key, bool fallback) =>
        body[key] is JsonValue value && value.TryGetValue<bool>(out var b) ? b : fallback;

    private static int Int(JsonObject body, string key, int fallback) => NullableInt(body, key) ?? fallback;

    private static int? NullableInt(JsonObject body, string key) =>
        body[key] is JsonValue value && value.TryGetValue<int>(out var i) ? i
        : body[key] is JsonValue text && text.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : null;

    private static string? Text(JsonObject body, string key) =>
        body[key] is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
}
