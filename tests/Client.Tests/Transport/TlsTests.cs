using MfaConformance.Client.Hooks;
using MfaConformance.Client.Tests.Support;
using MfaConformance.Client.Transport;
namespace MfaConformance.Client.Tests.Transport;

public sealed class TlsTests : IAsyncLifetime
{
    private FakeServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeServer.StartAsync(SelfSignedCertificate.Create());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task DetectAsync_UntrustedCertificateNotAllowed_UnreachableWithTlsReason()
    {
        using var connection = new TargetConnection(new TargetOptions { BaseUrl = HttpsUrl() });

        var detection = await connection.CreateHooksClient().DetectAsync();

        detection.Status.ShouldBe(ControlPlaneStatus.Unreachable);
        detection.Detail.ShouldContain("TLS handshake failed");
    }

    [Fact]
    public async Task DetectAsync_AllowInvalidCertificates_Connects()
    {
        _server.Reply(200, """{"now":"2026-11-22T10:00:00Z"}""");
        using var connection = new TargetConnection(new TargetOptions { BaseUrl = HttpsUrl(), AllowInvalidCertificates = true });

        var detection = await connection.CreateHooksClient().DetectAsync();

        detection.Status.ShouldBe(ControlPlaneStatus.Present);
    }

    private Uri HttpsUrl() => new UriBuilder(_server.BaseUrl) { Scheme = "https" }.Uri;
}
