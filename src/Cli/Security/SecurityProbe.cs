using System.Security.Cryptography;
using System.Text.Json.Nodes;
using MfaConformance.Client.Hooks;
using MfaConformance.Client.Requests;
using MfaConformance.Client.Responses;
using MfaConformance.Client.Transport;
using MfaConformance.StepDefinitions.Target;

namespace MfaConformance.Cli.Security;

/// <summary>
/// The security stage's driver over the Client: one connection, the API and hook views, the brands it created, and the
/// flows the checks repeat (first factor, MFA session, MFA login). Every exchange passes the secrecy scan.
/// </summary>
internal sealed class SecurityProbe : IDisposable
{
    private readonly string _run = Convert.ToHexString(RandomNumberGenerator.GetBytes(3));
    private long _sequence;
    private long _calls;

    private SecurityProbe(TargetConnection connection, SecrecyScanner scanner)
    {
        Connection = connection;
        Scanner = scanner;
        var counter = new CallCounter(this);
        Api = connection.CreateAuthClient(counter);
        Hooks = connection.CreateHooksClient(counter);
    }

    public TargetConnection Connection { get; }

    public AuthApiClient Api { get; }

    public HooksClient Hooks { get; }

    public SecrecyScanner Scanner { get; }

    /// <summary>A brand with the harness's default MFA password configuration (documented defaults otherwise).</summary>
    public string Brand { get; private set; } = string.Empty;

    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>The regex the stage's brand was given (the password checks report against it).</summary>
    public static string PasswordRegex => DefaultBrandConfiguration.PasswordRegex;

    public static async Task<SecurityProbe> CreateAsync(TargetOptions options, CancellationToken ct)
    {
        var connection = new TargetConnection(options);
        var scanner = new SecrecyScanner();
        connection.Subscribe(scanner);
        var probe = new SecurityProbe(connection, scanner);
        try
        {
            probe.Brand = await probe.CreateBrandAsync("SEC", DefaultBrandConfiguration.Create(), ct);
            return probe;
        }
        catch
        {
            probe.Dispose();
            throw;
        }
    }

    /// <summary>PUTs a new brand with <paramref name="configuration"/>; returns its name.</summary>
    public async Task<string> CreateBrandAsync(string prefix, JsonObject configuration, CancellationToken ct)
    {
        var brand = $"{prefix}{_run}{Interlocked.Increment(ref _sequence)}";
        (await Hooks.PutBrandAsync(brand, configuration, ct)).EnsureSuccess();
        return brand;
    }

    public SecurityPerson NewPerson(string? brand = null)
    {
        var n = Interlocked.Increment(ref _sequence);
        return new SecurityPerson(brand ?? Brand, $"91{RandomNumberGenerator.GetInt32(100, 999)}{n:0000000}", $"sec-device-{n}");
    }

    public async Task CreateAsync(IReadOnlyList<SecurityPerson> people, string? password, CancellationToken ct)
    {
        for (var i = 0; i < people.Count; i += 100)
        {
            var batch = people.Skip(i).Take(100).Select(p => new HookCustomer(p.Brand, SecurityPerson.Type, p.Value, password)).ToList();
            (await Hooks.CreateCustomersAsync(batch, TimeSpan.FromSeconds(120), ct)).EnsureSuccess();
        }
    }

    public Task<ApiResponse> TokenGenerateAsync(SecurityPerson p, CancellationToken ct) =>
        Api.TokenGenerateAsync(new TokenGenerateRequest(SecurityPerson.Type, p.Value, p.Brand, p.Device), cancellationToken: ct);

    public async Task<string?> OtpAsync(SecurityPerson p, string sessionId, CancellationToken ct) =>
        (await Hooks.GetOtpAsync(p.Brand, SecurityPerson.Type, p.Value, sessionId, ct)).Otp;

    /// <summary>token/generate, otp/generate, the OTP through the hook, otp/validate: the answer with T1 and K1, and the OTP issued.</summary>
    public async Task<(ApiResponse Validate, string? Otp, ApiResponse Session)> FirstFactorAsync(SecurityPerson p, CancellationToken ct)
    {
        var session = await TokenGenerateAsync(p, ct);
        if (session.User?.SessionId is not { } s)
        {
            return (session, null, session);
        }

        var generate = await Api.OtpGenerateAsync(new OtpGenerateRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, s), cancellationToken: ct);
        if (!generate.IsSuccess)
        {
            return (generate, null, session);
        }

        var otp = await OtpAsync(p, s, ct);
        if (otp is null)
        {
            return (generate, null, session);
        }

        return (await Api.OtpValidateAsync(new OtpValidateRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, s, otp), cancellationToken: ct), otp, session);
    }

    public Task<ApiResponse> MfaTokenGenerateAsync(SecurityPerson p, string t1, string? firstPassword, CancellationToken ct) =>
        Api.MfaTokenGenerateAsync(new MfaTokenGenerateRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, t1, firstPassword, firstPassword), ct);

    public Task<ApiResponse> MfaPasswordValidateAsync(SecurityPerson p, string session, string password, CancellationToken ct) =>
        Api.MfaPasswordValidateAsync(new PasswordValidateRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, session, password), ct);

    public Task<ApiResponse> PasswordValidateAsync(SecurityPerson p, string session, string password, bool web, CancellationToken ct) =>
        Api.PasswordValidateAsync(new PasswordValidateRequest(SecurityPerson.Type, p.Value, web ? null : p.Device, p.Brand, session, password), web ? Client.Endpoints.ApiChannel.Web : Client.Endpoints.ApiChannel.Mobile, ct);

    public Task<ApiResponse> WebTokenGenerateAsync(SecurityPerson p, CancellationToken ct) =>
        Api.TokenGenerateAsync(new TokenGenerateRequest(SecurityPerson.Type, p.Value, p.Brand), Client.Endpoints.ApiChannel.Web, ct);

    /// <summary>The first factor then mfa/token/generate: T1 and the MFA session M (null when a step failed).</summary>
    public async Task<(string? T1, string? K1, string? M, ApiResponse Last)> MfaSessionAsync(SecurityPerson p, string? firstPassword, CancellationToken ct)
    {
        var (validate, _, _) = await FirstFactorAsync(p, ct);
        if (validate.Auth?.Token is not { } t1)
        {
            return (null, null, null, validate);
        }

        var mfa = await MfaTokenGenerateAsync(p, t1, firstPassword, ct);
        return (t1, validate.Auth.Key, mfa.User?.SessionId, mfa);
    }

    /// <summary>An MFA login with the password: every credential on the way (null when a step failed).</summary>
    public async Task<MfaLogin?> MfaLoginAsync(SecurityPerson p, string password, CancellationToken ct)
    {
        var (t1, k1, m, last) = await MfaSessionAsync(p, null, ct);
        if (t1 is null || m is null)
        {
            return null;
        }

        var validate = await MfaPasswordValidateAsync(p, m, password, ct);
        return validate.Auth?.Token is { } t2 ? new MfaLogin(t1, k1, last.Auth?.Token, m, t2, validate.Auth.Key, validate) : null;
    }

    public Task AdvanceClockAsync(int seconds, CancellationToken ct) => Hooks.AdvanceClockAsync(seconds, ct);

    /// <summary>A wrong OTP of the same length as <paramref name="otp"/>.</summary>
    public static string WrongOtp(string otp) =>
        new([.. otp.Select((c, i) => i == otp.Length - 1 ? (char)('0' + ((c - '0' + 1) % 10)) : c)]);

    public void Dispose() => Connection.Dispose();

    private sealed class CallCounter(SecurityProbe probe) : Client.Exchange.IExchangeObserver
    {
        public void OnExchange(Client.Exchange.ExchangeRecord exchange) => Interlocked.Increment(ref probe._calls);
    }
}
