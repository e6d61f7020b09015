using MfaConformance.Client;

using MfaConformance.Client.Endpoints;
namespace MfaConformance.Explorer.Model;

/// <summary>
/// A model of what the documentation (../shared/spec/capillary-auth-api.md) promises about the auth/v1 MFA flow. It is
/// written from the spec, not from any server: for every call it predicts must succeed, must be refused (each citing its
/// row of docs/rules.md) or either (where the documentation is silent or section 5 lists a conflict; the section-5
/// defaults of the reference server never become musts). It then takes the answer the target gave and moves its state
/// the way that answer implies, so an "either" never stops the program: the model follows whichever conformant choice
/// the target made. Facts the documentation leaves open (a session consumed by a validation, an older OTP replaced, a
/// token revoked by a password change) are held as <see cref="Tri.Maybe"/>, which can only turn a must into an either.
/// </summary>
public sealed partial class ApiModel
{
    private readonly Dictionary<string, BrandConfig> _brands = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ModelCustomer> _customers = [];
    private readonly Dictionary<string, ModelCredential> _credentials = new(StringComparer.Ordinal);
    private readonly List<ModelCredential> _issued = [];
    private readonly List<ModelOtp> _otps = [];
    private readonly List<OtpGeneration> _generations = [];
    private readonly List<WrongAttempt> _attempts = [];
    private readonly HashSet<string> _reconfigured = new(StringComparer.OrdinalIgnoreCase);
    private int _sequence;

    /// <summary>Seconds the target's clock has been moved forward through the hook since the model started.</summary>
    public long Advanced { get; private set; }

    public IReadOnlyList<ModelCustomer> Customers => _customers;

    /// <summary>A brand the program created, with the configuration the hook accepted.</summary>
    public void AddBrand(string name, BrandConfig config)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(config);
        _brands[name] = config;
    }

    /// <summary>
    /// The brand's configuration was replaced (the hook applies it "from then on"). Whether sessions, tokens and counters
    /// already issued keep the old values or take the new ones is not documented: their lifetimes widen to cover both.
    /// </summary>
    public void BrandReconfigured(string name, BrandConfig config)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(config);
        _brands[name] = config;
        _reconfigured.Add(name);
    }

    /// <summary>A customer the program provisioned; <paramref name="password"/> null makes a first-time MFA customer.</summary>
    public ModelCustomer AddCustomer(string brand, string identifierType, string identifierValue, string? password, string label)
    {
        var customer = new ModelCustomer(brand, identifierType, identifierValue, label);
        customer.SetPasswords(password);
        _customers.Add(customer);
        return customer;
    }

    /// <summary>The clock hook moved the target's clock forward.</summary>
    public void ClockMoved(long seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        Advanced += seconds;
    }

    /// <summary>What the documentation says about <paramref name="call"/>, made now (before its answer is known).</summary>
    public Assessment Assess(ObservedCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Malformed)
        {
            return new Assessment(call, new Prediction(Expectation.Either, null,
                "the body is not JSON: refusing it without a crash is hardening, beyond the documentation"));
        }

        var path = call.Endpoint.Path;
        var post = call.Endpoint.Method == "POST";
        return path switch
        {
            _ when path == ApiEndpoints.TokenGenerate.Path && post => AssessTokenGenerate(call),
            _ when path == ApiEndpoints.OtpGenerate.Path && post => AssessOtpGenerate(call, mfa: false),
            _ when path == ApiEndpoints.OtpValidate.Path && post => AssessOtpValidate(call, mfa: false),
            _ when path == ApiEndpoints.TokenRegenerate.Path && post => AssessTokenRegenerate(call),
            _ when path == ApiEndpoints.MfaTokenGenerate.Path && post => AssessMfaTokenGenerate(call),
            _ when path == ApiEndpoints.MfaOtpGenerate.Path && post => AssessOtpGenerate(call, mfa: true),
            _ when path == ApiEndpoints.MfaOtpValidate.Path && post => AssessOtpValidate(call, mfa: true),
            _ when path == ApiEndpoints.MfaPasswordValidate.Path && post => AssessPasswordValidate(call),
            _ when path == ApiEndpoints.MfaPasswordForget.Path && post => AssessPasswordForget(call),
            _ when path == ApiEndpoints.MfaPasswordChange.Path && post => AssessPasswordChange(call, alias: false),
            _ when path == ApiEndpoints.PasswordChange.Path && post => AssessPasswordChange(call, alias: true),
            _ when path == ApiEndpoints.MfaTokenRegenerate.Path && post => AssessMfaTokenRegenerate(call),
            _ when path == ApiEndpoints.MfaTokenExpire.Path => AssessTokenExpire(call, byPost: post),
            _ => new Assessment(call, new Prediction(Expectation.Either, null, $"{call.Endpoint.Name} is outside the model")),
        };
    }

    /// <summary>
    /// Compares the answer with the prediction, then moves the state as the answer implies. Returns the contradictions
    /// (empty when the answer is one the documentation allows).
    /// </summary>
    public IReadOnlyList<Contradiction> Observe(Assessment assessment, ObservedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(answer);
        var prediction = assessment.Prediction;
        var endpoint = assessment.Call.Endpoint.Name;
        var found = new List<Contradiction>();
        if (prediction.Expectation == Expectation.MustSucceed && !answer.IsSuccess)
        {
            found.Add(new Contradiction(prediction.RuleId!, endpoint, "success", answer.Describe(), prediction.Reason));
        }
        else if (prediction.Expectation == Expectation.MustBeRefused && !answer.IsRefusal)
        {
            found.Add(new Contradiction(prediction.RuleId!, endpoint, "a refusal", answer.Describe(), prediction.Reason));
        }

        if (answer.IsSuccess)
        {
            found.AddRange(CheckContract(prediction.Contract, answer, endpoint));
            if (found.Count == 0)
            {
                assessment.OnSuccess(answer);
            }
        }
        else if (answer.IsRefusal && found.Count == 0)
        {
            assessment.OnRefusal();
        }

        return found;
    }

    /// <summary>
    /// The OTP hook gave <paramref name="otp"/> as the newest OTP of the session just requested: it must have
    /// CONF_OTP_LENGTH digits (otp-length). Returns the contradiction, or null.
    /// </summary>
    public Contradiction? OtpIssued(string sessionValue, string otp, Moment at, string endpoint)
    {
        ArgumentNullException.ThrowIfNull(otp);
        if (Find(sessionValue) is not { IsSession: true } session)
        {
            return null;
        }

        var record = new ModelOtp(otp, session, at);
        session.AddOtp(record);
        _otps.Add(record);
        var config = ConfigOf(session.Owner);
        if (config is null || (otp.Length == config.OtpLength && otp.All(char.IsAsciiDigit)))
        {
            return null;
        }

        return new Contradiction(RuleIds.OtpLength, endpoint, $"an OTP of {config.OtpLength} digits", $"issued an OTP of {otp.Length} characters{(otp.All(char.IsAsciiDigit) ? string.Empty : ", not all digits")}",
            $"CONF_OTP_LENGTH is {config.OtpLength} for the brand");
    }

    private static IEnumerable<Contradiction> CheckContract(ResponseContract contract, ObservedAnswer answer, string endpoint)
    {
        if (contract.Session && answer.SessionId is null)
        {
            yield return new Contradiction(RuleIds.Flow, endpoint, "a session (user.sessionId) in the success", "succeeded without a session", "a successful call of this endpoint hands on a session (spec 1.11)");
        }

        if (contract.Token && answer.Token is null)
        {
            yield return new Contradiction(RuleIds.Flow, endpoint, "a token (auth.token) in the success", "succeeded without a token", "a successful call of this endpoint hands on a token (spec 1.11)");
        }

        if (contract.Key == true && answer.Key is null)
        {
            yield return new Contradiction(contract.KeyRule, endpoint, "a key (auth.key) in the success", "succeeded without a key", "a successful validation issues a key while its CONF_REGENERATE flag is on (S17)");
        }
        else if (contract.Key == false && answer.Key is not null)
        {
            yield return new Contradiction(contract.KeyRule, endpoint, "no key (auth.key null or absent)", "issued a key", "with its CONF_REGENERATE flag off a validation issues no key (S17)");
        }
    }

    /// <summary>The customer a session was issued to (for reading its OTP through the hook), or null.</summary>
    public ModelCustomer? SessionOwner(string sessionValue) => Find(sessionValue) is { IsSession: true } session ? session.Owner : null;

    private ModelCredential? Find(string? value) => value is null ? null : _credentials.GetValueOrDefault(value);

    private BrandConfig? ConfigOf(ModelCustomer customer) => _brands.GetValueOrDefault(customer.Brand);

    /// <summary>The provisioned customer the identity fields name (brand compared without regard to case), or null.</summary>
    private ModelCustomer? FindCustomer(Identity identity) => _customers.FirstOrDefault(c =>
        !c.Unknown && string.Equals(c.Brand, identity.Brand, StringComparison.OrdinalIgnoreCase)
        && string.Equals(c.IdentifierType, identity.IdentifierType, StringComparison.Ordinal)
        && string.Equals(c.IdentifierValue, identity.IdentifierValue, StringComparison.Ordinal));

    private ModelCustomer CustomerFor(Identity identity)
    {
        if (FindCustomer(identity) is { } known)
        {
            return known;
        }

        var ghost = new ModelCustomer(identity.Brand, identity.IdentifierType, identity.IdentifierValue, "a customer the program did not provision") { Unknown = true };
        _customers.Add(ghost);
        return ghost;
    }

    private ModelCredential Issue(CredentialKind kind, string value, ModelCustomer owner, Identity bound, Moment at, (double, double)? lifetime, bool floor = false)
    {
        var credential = new ModelCredential(kind, value, owner, bound, at, ++_sequence) { Lifetime = lifetime, LifetimeIsFloor = floor };
        if (_reconfigured.Contains(owner.Brand) && lifetime is not null)
        {
            credential.MayHaveEnded("the brand was reconfigured: whether issued credentials keep the old lifetimes is not documented");
        }

        _credentials[value] = credential;
        _issued.Add(credential);
        return credential;
    }

    /// <summary>Older credentials of the same kind and customer: whether a newer one ends them is not documented.</summary>
    private void Supersede(ModelCredential newer)
    {
        foreach (var older in _issued.Where(c => c.Kind == newer.Kind && c.Owner == newer.Owner && c != newer))
        {
            older.MayHaveEnded($"a newer {ModelCredential.Describe(newer.Kind)} was issued: whether it ends the older one is not documented");
        }
    }

    /// <summary>After a logout, a password change or a reset: whether other credentials survive is not documented (§5.B).</summary>
    private void MayEndAll(ModelCustomer owner, string reason, ModelCredential? except = null, params CredentialKind[] kinds)
    {
        foreach (var credential in _issued.Where(c => c.Owner == owner && c != except && (kinds.Length == 0 || kinds.Contains(c.Kind))))
        {
            credential.MayHaveEnded(reason);
        }
    }

    private int NextSequence() => ++_sequence;
}
