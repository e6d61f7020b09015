using System.Net;
using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Hosting;

public sealed class ReferenceServerHostTests
{
    [Fact]
    public async Task StartAsync_PortZero_BaseUrlHasRealLoopbackPort()
    {
        var (server, api) = await TestServers.StartAsync(TestServers.Options());
        await using (server)
        {
            using (api)
            {
                server.BaseUrl.Host.ShouldBe("127.0.0.1");
                server.BaseUrl.Port.ShouldBeGreaterThan(0);
                (await api.PostAsync("__harness/v1/clock", new JsonObject { ["advanceSeconds"] = 0 })).Status.ShouldBe(HttpStatusCode.OK);
            }
        }
    }

    [Fact]
    public async Task StartAsync_HooksOff_HookPathsAre404()
    {
        var options = TestServers.Options();
        options.EnableHooks = false;
        var (server, api) = await TestServers.StartAsync(options);
        await using (server)
        {
            using (api)
            {
                var call = await api.PostAsync("__harness/v1/clock", new JsonObject { ["advanceSeconds"] = 0 });
                call.Status.ShouldBe(HttpStatusCode.NotFound);
                call.Code.ShouldBe(404);
            }
        }
    }

    [Fact]
    public async Task StartAsync_DbFile_PasswordChangeSurvivesRestart()
    {
        var db = Path.Combine(Path.GetTempPath(), $"refsrv-{Guid.NewGuid():N}.db");
        try
        {
            var options = TestServers.Options();
            options.DbPath = db;
            TestCustomer customer;
            var (first, api1) = await TestServers.StartAsync(options);
            await using (first)
            {
                using (api1)
                {
                    await api1.PutMfaBrandAsync("PERSIST");
                    customer = await api1.CreateCustomerAsync("PERSIST", ApiDriver.Password);
                    var (t2, _) = await api1.MfaLoginAsync(customer);
                    (await api1.ChangeAsync(customer, t2, ApiDriver.Password, ApiDriver.NewPassword)).ShouldSucceed();
                }
            }

            var (second, api2) = await TestServers.StartAsync(options);
            await using (second)
            {
                using (api2)
                {
                    var session = await api2.MfaSessionAsync(customer);
                    (await api2.MfaPasswordValidateAsync(customer, session, ApiDriver.Password)).ShouldFailWith(1528);
                    (await api2.MfaPasswordValidateAsync(customer, session, ApiDriver.NewPassword)).ShouldSucceed();
                }
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { db, db + "-wal", db + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task StartAsync_SeedAndFixedOtpWithoutHooks_LoginWorks()
    {
        var seed = Path.Combine(Path.GetTempPath(), $"refsrv-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(seed, """
            {"brands":{"Seeded":{"IS_MFA_PASSWORD_ENABLED":true}},
             "customers":[{"brand":"Seeded","identifierType":"MOBILE","identifierValue":"919000000001","password":"Passw0rd!1"}]}
            """);
        try
        {
            var options = TestServers.Options();
            options.SeedFile = seed;
            options.FixedOtp = "246810";
            options.EnableHooks = false;
            var (server, api) = await TestServers.StartAsync(options);
            await using (server)
            {
                using (api)
                {
                    var c = new TestCustomer("Seeded", "MOBILE", "919000000001", "d1");
                    var session = await api.PrimarySessionAsync(c);
                    (await api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", session)))).ShouldSucceed();
                    var t1 = (await api.PostAsync("auth/v1/otp/validate", c.Body(("sessionId", session), ("otp", "246810")))).ShouldSucceed().Token!;
                    var m = (await api.MfaTokenGenerateAsync(c, t1)).ShouldSucceed().SessionId!;
                    (await api.MfaPasswordValidateAsync(c, m, ApiDriver.Password)).ShouldSucceed();
                }
            }
        }
        finally
        {
            File.Delete(seed);
        }
    }

    [Fact]
    public async Task StartAsync_UnopenableDb_ThrowsNamingThePath()
    {
        var options = TestServers.Options();
        options.DbPath = Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "x.db");
        var ex = await Should.ThrowAsync<InvalidOperationException>(() => ReferenceServerHost.StartAsync(options));
        ex.Message.ShouldContain(options.DbPath);
    }

    [Fact]
    public async Task StartAsync_BadSeed_ThrowsNamingTheProblem()
    {
        var seed = Path.Combine(Path.GetTempPath(), $"refsrv-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(seed, """{"brands":{"B":{"NOPE":1}}}""");
        try
        {
            var options = TestServers.Options();
            options.SeedFile = seed;
            var ex = await Should.ThrowAsync<InvalidOperationException>(() => ReferenceServerHost.StartAsync(options));
            ex.Message.ShouldContain("NOPE");
        }
        finally
        {
            File.Delete(seed);
        }
    }
}
