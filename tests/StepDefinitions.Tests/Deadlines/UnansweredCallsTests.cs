using System.Net;
using System.Net.Sockets;
using MfaConformance.Client;
using MfaConformance.Client.Endpoints;
using MfaConformance.Client.Transport;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.StepDefinitions.Deadlines;
namespace MfaConformance.StepDefinitions.Tests.Deadlines;

/// <summary>
/// The run's deadline passes early when the target leaves calls unanswered in a row within the request timeout
/// (it is not answering at all); an answered call resets the count. The request timeout is 100 ms: the point is the count.
/// </summary>
public sealed class UnansweredCallsTests : IAsyncDisposable
{
    private readonly TcpListener _silent = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private readonly Task _accepting;

    public UnansweredCallsTests()
    {
        _silent.Start();
        _accepting = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    _held.Add(await _silent.AcceptTcpClientAsync());
                }
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                // stopped
            }
        });
    }

    private Uri SilentUrl => new($"http://127.0.0.1:{((IPEndPoint)_silent.LocalEndpoint).Port}/");

    [Fact]
    public async Task FiveCallsInARowUnanswered_EndTheRunNamingTheLastCall()
    {
        using var deadline = new RunDeadline(requestTimeout: TimeSpan.FromMilliseconds(100));
        using var silent = Observed(new TargetConnection(new TargetOptions { BaseUrl = SilentUrl, Timeout = TimeSpan.FromMilliseconds(100) }), deadline, out var api);

        for (var i = 0; i < 4; i++)
        {
            await api.SendRawTextAsync(ApiEndpoints.TokenGenerate, "{}");
        }

        deadline.HasPassed.ShouldBeFalse();
        await api.SendRawTextAsync(ApiEndpoints.TokenGenerate, "{}");
        deadline.HasPassed.ShouldBeTrue();
        deadline.Reason.ShouldBe("the target left 5 calls in a row unanswered within the 100 ms request timeout (last: POST /auth/v1/token/generate), so it counts as not answering");
    }

    [Fact]
    public async Task AnAnsweredCallBetween_ResetsTheCount()
    {
        await using var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { PasswordHashIterations = 1_000 });
        using var deadline = new RunDeadline(requestTimeout: TimeSpan.FromMilliseconds(100));
        using var silent = Observed(new TargetConnection(new TargetOptions { BaseUrl = SilentUrl, Timeout = TimeSpan.FromMilliseconds(100) }), deadline, out var late);
        using var answering = Observed(new TargetConnection(new TargetOptions { BaseUrl = server.BaseUrl }), deadline, out var prompt);

        for (var i = 0; i < 4; i++)
        {
            await late.SendRawTextAsync(ApiEndpoints.TokenGenerate, "{}");
        }

        await prompt.SendRawTextAsync(ApiEndpoints.TokenGenerate, "{}");
        for (var i = 0; i < 4; i++)
        {
            await late.SendRawTextAsync(ApiEndpoints.TokenGenerate, "{}");
        }

        deadline.HasPassed.ShouldBeFalse();
    }

    [Fact]
    public async Task RefusedConnections_NeitherCountNorReset()
    {
        using var deadline = new RunDeadline(requestTimeout: TimeSpan.FromMilliseconds(100));
        using var refused = Observed(new TargetConnection(new TargetOptions { BaseUrl = new Uri("http://127.0.0.1:1/") }), deadline, out var api);

        for (var i = 0; i < 10; i++)
        {
            await api.SendRawTextAsync(ApiEndpoints.TokenGenerate, "{}");
        }

        deadline.HasPassed.ShouldBeFalse();
    }

    public async ValueTask DisposeAsync()
    {
        _silent.Stop();
        await _accepting;
        _held.ForEach(c => c.Dispose());
    }

    private static TargetConnection Observed(TargetConnection connection, RunDeadline deadline, out AuthApiClient api)
    {
        connection.Subscribe(deadline);
        api = connection.CreateAuthClient();
        return connection;
    }
}
