using System.Globalization;
using System.Text.Json.Nodes;
using MfaConformance.Explorer.Programs;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Deadlines;
using MfaConformance.StepDefinitions.Drivers;
using MfaConformance.StepDefinitions.Parameters;
using MfaConformance.StepDefinitions.Steps;
using MfaConformance.StepDefinitions.Target;
using Reqnroll;
namespace MfaConformance.Explorer.Execution;

/// <summary>
/// One program's bindings, wired as Reqnroll's per-scenario container would wire them (one instance of each context and
/// driver per scenario), so a program step runs the very binding method its Gherkin text matches: what the explorer ran
/// is what the printed scenario runs.
/// </summary>
internal sealed class ProgramScenario : IDisposable
{
    private readonly ScenarioDeadline _deadline;
    private readonly ParameterTransformations _transformations;
    private readonly BrandSteps _brandSteps;
    private readonly CustomerSteps _customerSteps;
    private readonly FirstFactorSteps _firstFactor;
    private readonly SessionSteps _sessions;
    private readonly OtpSteps _otps;
    private readonly PasswordSteps _passwords;
    private readonly TokenSteps _tokens;
    private readonly RequestSteps _requests;
    private readonly ClockSteps _clock;

    public ProgramScenario(ConformanceTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _deadline = new ScenarioDeadline(target);
        _deadline.Start();
        var observer = new ScenarioHttpObserver(new NullOutputHelper(), target);
        var runtime = new ExplorerRuntimeProvider();
        var passwordBook = new PasswordBook();
        Customers = new CustomerContext();
        Brands = new BrandContext();
        Next = new NextCallContext();
        var responses = new ResponseContext();
        var otpDriver = new OtpDriver(target, observer, runtime, _deadline);
        var flow = new AuthFlowDriver(target, observer, Customers, otpDriver, _deadline);
        var setUp = new SetUpDriver(flow);
        var provisioning = new ProvisioningDriver(target, observer, Brands, passwordBook, runtime, _deadline);
        var recorder = new CallRecorder(Next, responses);
        _transformations = new ParameterTransformations(passwordBook);
        _brandSteps = new BrandSteps(provisioning, Brands);
        _customerSteps = new CustomerSteps(provisioning, Customers);
        _firstFactor = new FirstFactorSteps(setUp, flow, recorder, Customers);
        _sessions = new SessionSteps(setUp, flow, recorder, Customers);
        _otps = new OtpSteps(setUp, flow, recorder, Customers);
        _passwords = new PasswordSteps(setUp, flow, recorder, Customers);
        _tokens = new TokenSteps(flow, recorder, Customers);
        _requests = new RequestSteps(Next, Brands, Customers);
        _clock = new ClockSteps(new ClockDriver(target, observer, _deadline));
    }

    public CustomerContext Customers { get; }

    public BrandContext Brands { get; }

    public NextCallContext Next { get; }

    /// <summary>The password a {password} phrase sends in this scenario (the same-shape stand-in of its literal).</summary>
    public string Password(string phrase) => _transformations.ToPassword(phrase).Value;

    /// <summary>B2 "a brand with:" and its table.</summary>
    public Task CreateBrandAsync(JsonObject configuration) => _brandSteps.GivenABrandWith(ToTable(configuration));

    /// <summary>B3 "a second brand with the default MFA password configuration".</summary>
    public Task CreateSecondBrandAsync() => _brandSteps.GivenASecondBrand();

    public Task CreateCustomerAsync(CustomerKind kind) => kind switch
    {
        CustomerKind.FirstTime => _customerSteps.GivenAFirstTimeCustomer(),
        CustomerKind.ReturningMobile => _customerSteps.GivenAReturningCustomer(_transformations.ToPassword(ProgramSetup.CustomerPassword)),
        CustomerKind.ReturningEmail => _customerSteps.GivenAReturningCustomerIdentifiedBy("EMAIL", _transformations.ToPassword(ProgramSetup.CustomerPassword)),
        _ => _customerSteps.GivenAReturningCustomerIdentifiedBy("USERNAME", _transformations.ToPassword(ProgramSetup.CustomerPassword)),
    };

    public Task CreateOtherCustomerAsync() => _customerSteps.GivenAnotherReturningCustomer(_transformations.ToPassword(ProgramSetup.OtherPassword));

    public Task CreateSecondBrandAccountAsync() => _customerSteps.GivenAnAccountOnTheSecondBrand(_transformations.ToPassword(ProgramSetup.SecondBrandPassword));

    /// <summary>Runs one step through the binding its text matches.</summary>
    public Task RunAsync(ProgramStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var a = step.Args;
        return step.Kind switch
        {
            StepKind.StartFirstFactor => _firstFactor.WhenStartsFirstFactor(a[0]),
            StepKind.RequestFirstFactorOtp => _firstFactor.WhenRequestsFirstFactorOtpTimes(step.Times),
            StepKind.SubmitFirstFactorOtp => _firstFactor.WhenSubmitsFirstFactorOtpTimes(_transformations.ToOtp(a[0]), step.Times),
            StepKind.RegenerateFirstFactorToken => _tokens.WhenRegeneratesTheFirstFactorToken(),
            StepKind.RequestMfaSession => _sessions.WhenRequestsAnMfaSession(),
            StepKind.RequestMfaSessionSettingPassword => _sessions.WhenRequestsAnMfaSessionSettingThePassword(Pw(a[0]), Pw(a[1])),
            StepKind.RequestMfaOtp => _otps.WhenRequestsAnMfaOtpTimes(step.Times),
            StepKind.SubmitMfaOtp => _otps.WhenSubmitsTheMfaOtpTimes(_transformations.ToOtp(a[0]), step.Times),
            StepKind.ValidatePassword => _passwords.WhenValidatesThePasswordTimes(Pw(a[0]), step.Times),
            StepKind.ResetPassword => _passwords.WhenResetsThePassword(Pw(a[0]), Pw(a[1])),
            StepKind.ChangePassword => _passwords.WhenChangesThePassword(Pw(a[0]), Pw(a[1]), Pw(a[2])),
            StepKind.ChangePasswordOnAliasPath => _passwords.WhenChangesThePasswordOnThePasswordChangePath(Pw(a[0]), Pw(a[1]), Pw(a[2])),
            StepKind.RegenerateMfaToken => _tokens.WhenRegeneratesTheToken(),
            StepKind.ExpireMfaToken => _tokens.WhenExpiresTheToken(),
            StepKind.ExpireMfaTokenByPost => _tokens.WhenExpiresTheTokenByPost(),
            StepKind.ClockMoves => _clock.WhenTheClockMovesForwardSeconds(checked((int)step.Seconds)),
            StepKind.OtherCustomerCompletesMfa => _passwords.GivenTheOtherCustomerCompletedMfa(a[0]),
            StepKind.OtherCustomerValidatesMfaOtp => _passwords.GivenTheOtherCustomerValidatedAnMfaOtp(a[0]),
            _ => Modifier(step),
        };
    }

    public void Dispose() => _deadline.Dispose();

    private Task Modifier(ProgramStep step)
    {
        var a = step.Args;
        switch (step.Kind)
        {
            case StepKind.NextFromDevice:
                _requests.WhenFromDevice(a[0]);
                break;
            case StepKind.NextNamesBrand:
                _requests.WhenNamesBrand(a[0]);
                break;
            case StepKind.NextNamesSecondBrand:
                _requests.WhenNamesTheSecondBrand();
                break;
            case StepKind.NextNamesBrandInLowerCase:
                _requests.WhenNamesTheBrandInLowerCase();
                break;
            case StepKind.NextNamesOtherCustomersIdentifier:
                _requests.WhenNamesTheOtherCustomersIdentifier();
                break;
            case StepKind.NextCarries:
                _requests.WhenCarries(_transformations.ToCredential(a[0]));
                break;
            case StepKind.NextFieldDefect:
                _requests.WhenHasTheField(a[0], _transformations.ToDefect(a[1]));
                break;
            case StepKind.NextSendsFieldAs:
                _requests.WhenSendsTheField(a[0], a[1]);
                break;
            case StepKind.NextSendsFieldVariant:
                _requests.WhenSendsTheFieldVariant(a[0], _transformations.ToVariant(a[1]));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step.Kind, "not a step the explorer runs");
        }

        return Task.CompletedTask;
    }

    private TestPassword Pw(string phrase) => _transformations.ToPassword(phrase);

    private static DataTable ToTable(JsonObject configuration)
    {
        var table = new DataTable("key", "value");
        foreach (var (key, value) in configuration)
        {
            table.AddRow(key, value switch
            {
                null => "null",
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                _ => value.ToJsonString(),
            });
        }

        return table;
    }

    /// <summary>The table rows as Gherkin prints them (same conversion as <see cref="ToTable"/>).</summary>
    public static IReadOnlyList<(string Key, string Value)> Rows(JsonObject configuration) =>
        [.. configuration.Select(p => (p.Key, p.Value switch
        {
            null => "null",
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => p.Value.ToJsonString(),
        }))];

    public static string Seconds(long seconds) => seconds.ToString(CultureInfo.InvariantCulture);
}
