namespace MfaConformance.Client.Endpoints;

/// <summary>Every endpoint of the spec (mobile, web and MFA forms) and of the sandbox hooks.</summary>
public static class ApiEndpoints
{
    /// <summary>The common path prefix of the API.</summary>
    public const string Prefix = "/auth/v1/";

    public static readonly ApiEndpoint TokenGenerate = Post("token/generate");
    public static readonly ApiEndpoint OtpGenerate = Post("otp/generate");
    public static readonly ApiEndpoint OtpValidate = Post("otp/validate");
    public static readonly ApiEndpoint PasswordValidate = Post("password/validate");
    public static readonly ApiEndpoint TokenRegenerate = Post("token/regenerate");
    public static readonly ApiEndpoint PasswordChange = Post("password/change");
    public static readonly ApiEndpoint PasswordForget = Post("password/forget");

    public static readonly ApiEndpoint WebTokenGenerate = Post("web/token/generate");
    public static readonly ApiEndpoint WebOtpGenerate = Post("web/otp/generate");
    public static readonly ApiEndpoint WebOtpValidate = Post("web/otp/validate");
    public static readonly ApiEndpoint WebPasswordValidate = Post("web/password/validate");
    public static readonly ApiEndpoint WebTokenRegenerate = Post("web/token/regenerate");
    public static readonly ApiEndpoint WebPasswordChange = Post("web/password/change");
    public static readonly ApiEndpoint WebPasswordForget = Post("web/password/forget");

    public static readonly ApiEndpoint MfaTokenGenerate = Post("mfa/token/generate");
    public static readonly ApiEndpoint MfaOtpGenerate = Post("mfa/otp/generate");
    public static readonly ApiEndpoint MfaOtpValidate = Post("mfa/otp/validate");
    public static readonly ApiEndpoint MfaPasswordValidate = Post("mfa/password/validate");
    public static readonly ApiEndpoint MfaPasswordForget = Post("mfa/password/forget");
    public static readonly ApiEndpoint MfaPasswordChange = Post("mfa/password/change");
    public static readonly ApiEndpoint MfaTokenRegenerate = Post("mfa/token/regenerate");
    public static readonly ApiEndpoint MfaTokenExpire = new("DELETE", Prefix + "mfa/token/expire");

    /// <summary>mfa/token/expire by POST, the method of the page's resource table (#7); not in <see cref="All"/>: DELETE is the default.</summary>
    public static readonly ApiEndpoint MfaTokenExpireByPost = Post("mfa/token/expire");

    /// <summary>Sandbox hook: PUT a brand; the path template contains "{brand}".</summary>
    public static readonly ApiEndpoint HookBrand = new("PUT", "/__harness/v1/brands/{brand}", false);
    public static readonly ApiEndpoint HookCustomers = new("POST", "/__harness/v1/customers", false);
    public static readonly ApiEndpoint HookOtp = new("GET", "/__harness/v1/otp", false);
    public static readonly ApiEndpoint HookClock = new("POST", "/__harness/v1/clock", false);

    /// <summary>All API endpoints (not the hooks).</summary>
    public static readonly IReadOnlyList<ApiEndpoint> All =
    [
        TokenGenerate, OtpGenerate, OtpValidate, PasswordValidate, TokenRegenerate, PasswordChange, PasswordForget,
        WebTokenGenerate, WebOtpGenerate, WebOtpValidate, WebPasswordValidate, WebTokenRegenerate, WebPasswordChange,
        WebPasswordForget, MfaTokenGenerate, MfaOtpGenerate, MfaOtpValidate, MfaPasswordValidate, MfaPasswordForget,
        MfaPasswordChange, MfaTokenRegenerate, MfaTokenExpire,
    ];

    /// <summary>All sandbox hooks.</summary>
    public static readonly IReadOnlyList<ApiEndpoint> Hooks = [HookBrand, HookCustomers, HookOtp, HookClock];

    /// <summary>
    /// Finds an API endpoint by its call name ("POST /auth/v1/otp/validate"), path ("/auth/v1/otp/validate")
    /// or short name ("mfa/otp/validate"); null when none matches.
    /// </summary>
    public static ApiEndpoint? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Trim();
        return All.FirstOrDefault(e =>
            string.Equals(e.Name, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(e.Path, text, StringComparison.Ordinal)
            || string.Equals(e.ShortName, text.TrimStart('/'), StringComparison.Ordinal));
    }

    /// <summary>Like <see cref="Find"/> but throws an <see cref="ArgumentException"/> listing the known names.</summary>
    public static ApiEndpoint Get(string name) =>
        Find(name) ?? throw new ArgumentException(
            $"unknown endpoint '{name}'; known: {string.Join(", ", All.Select(e => e.ShortName))}", nameof(name));

    /// <summary>The mobile or web form of a primary-flow endpoint.</summary>
    public static ApiEndpoint For(ApiEndpoint mobile, ApiChannel channel)
    {
        ArgumentNullException.ThrowIfNull(mobile);
        if (channel == ApiChannel.Mobile)
            return mobile;
        return Find("web/" + mobile.ShortName)
            ?? throw new ArgumentException($"{mobile.Name} has no web form", nameof(mobile));
    }

    private static ApiEndpoint Post(string shortName) => new("POST", Prefix + shortName);
}
