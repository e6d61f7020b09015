using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Hosting;

/// <summary>`serve --debug-delay`: the named endpoint answers as before, only not before the delay; a name that is no endpoint is refused at start.</summary>
public sealed class DebugDelaysTests
{
    [Theory]
    [InlineData("/auth/v1/mfa/password/validate", "mfa_password_validate")]
    [InlineData("/auth/v1/token/generate", "token_generate")]
    [InlineData("/auth/v1/web/otp/validate", "web_otp_validate")]
    [InlineData("/__harness/v1/clock", null)]
    public void EndpointName_IsThePathBelowAuthV1WithUnderscores(string path, string? name) =>
        DebugDelays.EndpointName(path).ShouldBe(name);

    [Fact]
    public async Task DelayedEndpoint_AnswersTheSame_NotBeforeTheDelay()
    {
        var options = TestServers.Options();
        options.DebugDelays = new Dictionary<string, TimeSpan> { ["mfa_password_validate"] = TimeSpan.FromMilliseconds(300) };
        var (server, api) = await TestServers.StartAsync(options);
        await using (server)
        {
            using (api)
            {
                var watch = Stopwatch.StartNew();
                var call = await api.PostAsync("auth/v1/mfa/password/validate", new JsonObject());
                watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(300), "a lower bound only: the delay is waited before the call is handled");
                call.Status.ShouldBe(HttpStatusCode.BadRequest, "an empty body is refused as without the delay");
                (await api.PostAsync("__harness/v1/clock", new JsonObject { ["advanceSeconds"] = 0 })).Status.ShouldBe(HttpStatusCode.OK);
            }
        }
    }

    [Fact]
    public async Task UnknownEndpoint_IsRefusedAtStart_NamingTheKnownOnes()
    {
        var options = TestServers.Options();
        options.DebugDelays = new Dictionary<string, TimeSpan> { ["mfa_pasword_validate"] = TimeSpan.FromMilliseconds(20) };

        var ex = await Should.ThrowAsync<ArgumentException>(() => ReferenceServerHost.StartAsync(options));

        ex.Message.ShouldContain("names no endpoint of the server: 'mfa_pasword_validate'");
        ex.Message.ShouldContain("mfa_password_validate");
    }
}
