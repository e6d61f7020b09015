using MfaConformance.Client;
using MfaConformance.Client.Transport;
using MfaConformance.StepDefinitions.Deadlines;
using MfaConformance.StepDefinitions.Target;
using Microsoft.Extensions.Time.Testing;
namespace MfaConformance.StepDefinitions.Tests.Deadlines;

/// <summary>The per-scenario and run-wide deadlines, on a fake clock: nothing waits for time.</summary>
public sealed class ScenarioDeadlineTests : IAsyncLifetime
{
    private static readonly TimeSpan ScenarioTimeout = TimeSpan.FromMinutes(2);
    private readonly FakeTimeProvider _time = new();
    private ConformanceTarget _target = null!;

    public Task InitializeAsync()
    {
        _target = ConformanceTarget.Unavailable(
            new TargetOptions { BaseUrl = new Uri("http://127.0.0.1:1/") },
            "test target",
            new ConformanceTargetOptions { ScenarioTimeout = ScenarioTimeout, TimeProvider = _time });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _target.DisposeAsync();

    [Fact]
    public async Task RunAsync_CallOutlivesTheScenarioTimeout_IsCancelledAndReportedAsTimedOutNamingTheCall()
    {
        using var deadline = new ScenarioDeadline(_target);
        deadline.Start();
        var call = deadline.RunAsync("POST /auth/v1/token/generate", NeverAnswersAsync);

        _time.Advance(ScenarioTimeout);

        var error = await Should.ThrowAsync<ScenarioTimedOutException>(call);
        error.Message.ShouldBe("timed out during POST /auth/v1/token/generate: the scenario's 2 min deadline passed");
    }

    [Fact]
    public async Task RunAsync_BeforeTheScenarioTimeout_ReturnsTheAnswer()
    {
        using var deadline = new ScenarioDeadline(_target);
        deadline.Start();
        _time.Advance(ScenarioTimeout - TimeSpan.FromSeconds(1));

        (await deadline.RunAsync("POST /auth/v1/token/generate", _ => Task.FromResult(42))).ShouldBe(42);
    }

    [Fact]
    public async Task SuiteDeadline_PassingWhileACallIsInFlight_CancelsItNamingTheCallAndTheSuiteDeadline()
    {
        _target.Deadline.ExpireAfter(TimeSpan.FromMinutes(10));
        using var deadline = new ScenarioDeadline(_target);
        _time.Advance(TimeSpan.FromMinutes(9));
        deadline.Start();
        var call = deadline.RunAsync("POST /auth/v1/mfa/password/validate", NeverAnswersAsync);

        _time.Advance(TimeSpan.FromMinutes(1));

        (await Should.ThrowAsync<ScenarioTimedOutException>(call)).Message.ShouldBe("timed out during POST /auth/v1/mfa/password/validate: the suite's 10 min deadline passed");
        _target.Deadline.Reason.ShouldBe("the suite's 10 min deadline passed");
    }

    [Fact]
    public void Start_AfterTheSuiteDeadline_FailsTheScenarioAsTimedOutBeforeItStarted()
    {
        _target.Deadline.ExpireAfter(TimeSpan.FromMinutes(10));
        _time.Advance(TimeSpan.FromMinutes(10));
        using var deadline = new ScenarioDeadline(_target);

        Should.Throw<ScenarioTimedOutException>(deadline.Start).Message.ShouldBe("timed out before it started: the suite's 10 min deadline passed");
    }

    [Fact]
    public async Task RunAsync_CallerCancelsItself_IsNotReportedAsATimeout()
    {
        using var deadline = new ScenarioDeadline(_target);
        deadline.Start();

        await Should.ThrowAsync<TaskCanceledException>(deadline.RunAsync<int>("POST /x", _ => Task.FromCanceled<int>(new CancellationToken(canceled: true))));
    }

    [Fact]
    public void Expire_TwoReasons_TheFirstOneWins()
    {
        _target.Deadline.Expire("first");
        _target.Deadline.Expire("second");

        _target.Deadline.Reason.ShouldBe("first");
        _target.Deadline.Token.IsCancellationRequested.ShouldBeTrue();
    }

    [Theory]
    [InlineData(120_000, "2 min")]
    [InlineData(90_000, "90 s")]
    [InlineData(2_500, "2.5 s")]
    [InlineData(500, "500 ms")]
    public void Describe_Durations_ReadNaturally(int milliseconds, string expected) =>
        RunDeadline.Describe(TimeSpan.FromMilliseconds(milliseconds)).ShouldBe(expected);

    private static async Task<int> NeverAnswersAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        return 0;
    }
}
