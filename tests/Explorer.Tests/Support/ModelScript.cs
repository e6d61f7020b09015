using System.Text.Json.Nodes;
using MfaConformance.Client;
using MfaConformance.Client.Endpoints;
using MfaConformance.Explorer.Model;
namespace MfaConformance.Explorer.Tests.Support;

/// <summary>
/// Drives an <see cref="ApiModel"/> without a server: calls with bodies as a client would send them and the answers a
/// target might give, so each prediction can be read. The customer is MOBILE 919000000001 on brand B, device d1.
/// </summary>
internal sealed class ModelScript
{
    public const string Brand = "B";
    public const string Customer = "919000000001";
    public const string Other = "919000000002";
    public const string Password = "Passw0rd!old";
    private double _wall;
    private int _values;

    public ModelScript(JsonObject? configuration = null, string? password = Password)
    {
        var body = configuration ?? [];
        body["IS_MFA_PASSWORD_ENABLED"] ??= true;
        body["MFA_PASSWORD_REGEX"] ??= "^(?=.*[0-9]).{8,64}$";
        Config = BrandConfig.FromJson(body);
        Model.AddBrand(Brand, Config);
        Model.AddCustomer(Brand, "MOBILE", Customer, password, "the customer");
        Model.AddCustomer(Brand, "MOBILE", Other, Password, "the other customer");
    }

    public ApiModel Model { get; } = new();

    public BrandConfig Config { get; }

    public List<Contradiction> Contradictions { get; } = [];

    public static ObservedAnswer Refused => new(AnswerKind.Refused, 400, 1500, null, null, null);

    public static JsonObject Identity(string? customer = null) => new()
    {
        ["identifierType"] = "MOBILE",
        ["identifierValue"] = customer ?? Customer,
        ["deviceId"] = "d1",
        ["brand"] = Brand,
    };

    public static JsonObject With(JsonObject body, params (string Field, string? Value)[] fields)
    {
        foreach (var (field, value) in fields)
        {
            if (value is null)
            {
                body.Remove(field);
            }
            else
            {
                body[field] = value;
            }
        }

        return body;
    }

    public string NewValue(string prefix) => $"{prefix}-{++_values}";

    public ObservedAnswer Success(string? session = null, string? token = null, string? key = null) => new(AnswerKind.Success, 200, 200, session, token, key);

    /// <summary>Assesses the call, then observes <paramref name="answer"/>; returns the prediction made before the answer.</summary>
    public Prediction Call(ApiEndpoint endpoint, JsonObject body, ObservedAnswer answer)
    {
        var call = new ObservedCall(endpoint, body, new Moment(Model.Advanced, _wall, _wall + 0.01));
        _wall += 0.02;
        var assessment = Model.Assess(call);
        Contradictions.AddRange(Model.Observe(assessment, answer));
        return assessment.Prediction;
    }

    /// <summary>The prediction for a call, answered with a refusal (which changes nothing but attempt counters).</summary>
    public Prediction Predict(ApiEndpoint endpoint, JsonObject body) => Call(endpoint, body, Refused);

    public void Clock(long seconds) => Model.ClockMoved(seconds);

    /// <summary>E1, E2 (with its OTP), E3: returns S, T1, K1.</summary>
    public (string Session, string Token, string Key) FirstFactor(string? customer = null)
    {
        var session = NewValue("S");
        Call(ApiEndpoints.TokenGenerate, Identity(customer), Success(session: session, token: NewValue("V")));
        Call(ApiEndpoints.OtpGenerate, With(Identity(customer), ("sessionId", session)), Success());
        var otp = NewOtp(session, ApiEndpoints.OtpGenerate);
        var token = NewValue("T1");
        var key = NewValue("K1");
        Call(ApiEndpoints.OtpValidate, With(Identity(customer), ("sessionId", session), ("otp", otp)), Success(token: token, key: key));
        return (session, token, key);
    }

    public string MfaSession(string t1, string? customer = null, string? password = null)
    {
        var session = NewValue("M");
        var body = With(Identity(customer), ("authorizedToken", t1));
        if (password is not null)
        {
            With(body, ("password", password), ("confirmPassword", password));
        }

        Call(ApiEndpoints.MfaTokenGenerate, body, Success(session: session, token: NewValue("MV")));
        return session;
    }

    public string RequestMfaOtp(string session, string? customer = null)
    {
        Call(ApiEndpoints.MfaOtpGenerate, With(Identity(customer), ("sessionId", session)), Success());
        return NewOtp(session, ApiEndpoints.MfaOtpGenerate);
    }

    /// <summary>E11 with the password: returns T2 and K2.</summary>
    public (string Token, string Key) CompleteMfa(string session, string password = Password, string? customer = null)
    {
        var token = NewValue("T2");
        var key = NewValue("K2");
        Call(ApiEndpoints.MfaPasswordValidate, With(Identity(customer), ("sessionId", session), ("password", password)), Success(token: token, key: key));
        return (token, key);
    }

    private string NewOtp(string session, ApiEndpoint endpoint)
    {
        var otp = (123450 + ++_values).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Model.OtpIssued(session, otp, new Moment(Model.Advanced, _wall, _wall), endpoint.Name) is { } wrong)
        {
            Contradictions.Add(wrong);
        }

        return otp;
    }
}
