using MfaConformance.Client;
using MfaConformance.Client.Otp;
using MfaConformance.Client.Transport;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.LoadScenarios.Tests.Support;
using MfaConformance.ReferenceServer.Hosting;
namespace MfaConformance.LoadScenarios.Tests.Data;

/// <summary>A target without sandbox hooks: customers come from the identity fixtures, OTPs from a fixed value.</summary>
public sealed class FixtureCustomersTests : IAsyncLifetime
{
    private const string Brand = "FIXT";
    private const string Otp = "424242";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "load-fixtures-" + Guid.NewGuid().ToString("N"));
    private RunningReferenceServer? _server;
    private string _fixtures = string.Empty;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var customers = Enumerable.Range(1, 3).Select(i => $$"""{"brand":"{{Brand}}","identifierType":"MOBILE","identifierValue":"91876543210{{i}}","password":"Fixture{{i}}pass"}""");
        var seed = Path.Combine(_folder, "seed.json");
        await File.WriteAllTextAsync(seed, "{\"brands\":{\"" + Brand + "\":{\"IS_MFA_PASSWORD_ENABLED\":true}},\"customers\":[" + string.Join(",", customers) + "]}");
        _fixtures = Path.Combine(_folder, "fixtures.json");
        var fixtures = Enumerable.Range(1, 3).Select(i => $$"""{"identifierType":"MOBILE","identifierValue":"91876543210{{i}}","password":"Fixture{{i}}pass","deviceId":"fx-{{i}}"}""");
        await File.WriteAllTextAsync(_fixtures, $$"""{"brand":"{{Brand}}","customers":[{{string.Join(",", fixtures)}}]}""");
        _server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions
        {
            Urls = "http://127.0.0.1:0",
            EnableHooks = false,
            FixedOtp = Otp,
            SeedFile = seed,
            PasswordHashIterations = 1000,
        });
    }

    private Task<LoadTarget> TargetAsync() => LoadTarget.CreateAsync(
        new TargetOptions { BaseUrl = _server!.BaseUrl, Brand = Brand, Otp = new OtpSourceOptions { Kind = OtpSourceKind.Fixed, FixedOtp = Otp } },
        LoadScenarioOptions.DefaultSeed,
        _fixtures);

    [Fact]
    public async Task ReturningLogin_FewerFixturesThanIterations_WarnsAndFailsTheIterationsWithoutACustomer()
    {
        await using var target = await TargetAsync();
        var console = new StringWriter();
        await using var runtime = await SuiteRuntime.StartAsync(target);
        var definition = LoadScenarioCatalog.Create(LoadScenarioNames.ReturningUserLogin, target, LoadRuns.Iterations(copies: 1, iterations: 5), runtime);

        var result = await LoadRuns.RunAsync(definition, console: console);

        result.Scenario().Total.Ok.Count.ShouldBe(3, result.Describe());
        result.Scenario().Total.Fail.Count.ShouldBe(2);
        result.Scenario().Total.ErrorMessages.Keys.ShouldBe(["returning_user_login - no pre-provisioned customer left (3 were provisioned)"]);
        console.ToString().ShouldContain("only 3 returning (with a password) fixture customers for up to 5 iterations");
    }

    [Fact]
    public async Task FirstTimeEnrolment_NoFirstTimeFixture_FailsTheRunWithAClearError()
    {
        await using var target = await TargetAsync();
        await using var runtime = await SuiteRuntime.StartAsync(target);
        var definition = LoadScenarioCatalog.Create(LoadScenarioNames.FirstTimeEnrolment, target, LoadRuns.Iterations(copies: 1, iterations: 2), runtime);

        var result = await LoadRuns.RunAsync(definition);

        result.ExitCode.ShouldBe(1);
        result.Errors.ShouldContain(e => e.Contains("no unused first-time (no password) customer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_HooksOtpSourceWithoutHooks_ThrowsNamingTheAlternatives()
    {
        await using var target = await LoadTarget.CreateAsync(new TargetOptions { BaseUrl = _server!.BaseUrl, Brand = Brand }, LoadScenarioOptions.DefaultSeed, _fixtures);

        await using var runtime = await SuiteRuntime.StartAsync(target);
        var ex = Should.Throw<LoadScenarioException>(() => LoadScenarioCatalog.Create(LoadScenarioNames.ReturningUserLogin, target, new LoadScenarioOptions(), runtime));

        ex.Message.ShouldContain("--otp-source fixed:VALUE");
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
