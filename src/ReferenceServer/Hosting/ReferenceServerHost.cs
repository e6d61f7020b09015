using MfaConformance.ReferenceServer.Endpoints;
using MfaConformance.ReferenceServer.Flows;
using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.ReferenceServer.Security;
using MfaConformance.ReferenceServer.State;
using MfaConformance.ReferenceServer.Storage;
using MfaConformance.ReferenceServer.Time;
using MfaConformance.ReferenceServer.Weaknesses;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MfaConformance.ReferenceServer.Hosting;

/// <summary>Starts the reference server (used by Program, the CLI's <c>serve</c> and tests).</summary>
public static class ReferenceServerHost
{
    public static async Task<RunningReferenceServer> StartAsync(ReferenceServerOptions options, CancellationToken ct = default)
    {
        ReferenceServerOptionsValidator.Validate(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ReferenceServerHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(KestrelLimits.Apply);
        Register(builder.Services, options);

        var app = builder.Build();
        if (options.RequestLog is { } requestLog)
        {
            // the wall clock, not the controllable one: log times stay true when a test moves the server's clock
            app.UseRequestLog(requestLog, TimeProvider.System);
        }

        app.UseNoStore();
        app.UseJsonProtocolErrors();
        app.MapFirstFactorEndpoints();
        app.MapMfaEndpoints();
        if (options.EnableHooks)
        {
            app.MapSandboxHookEndpoints();
        }

        try
        {
            app.UseDebugDelays(options.DebugDelays);
            OpenStore(app.Services, options);
            if (options.SeedFile is not null)
            {
                SeedLoader.Load(options.SeedFile, app.Services.GetRequiredService<SandboxHooks>());
            }

            await app.StartAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? options.Urls.Split(';')[0];
        return new RunningReferenceServer(app, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
    }

    private static void OpenStore(IServiceProvider services, ReferenceServerOptions options)
    {
        try
        {
            _ = services.GetRequiredService<CustomerDirectory>();
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            throw new InvalidOperationException($"Cannot open the database '{options.DbPath ?? ":memory:"}': {ex.Message}", ex);
        }
    }

    private static void Register(IServiceCollection services, ReferenceServerOptions options)
    {
        services.AddSingleton(_ => new SqliteStore(options.DbPath));
        services.AddSingleton(_ => new ControllableClock(TimeProvider.System));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<ControllableClock>());
        services.AddSingleton(new ActiveMutant(options.Mutant));
        services.AddSingleton(new ActiveWeaknesses(options.Weaknesses));
        services.AddSingleton(sp => new PasswordService(options.PasswordHashIterations, sp.GetRequiredService<ActiveMutant>(), sp.GetRequiredService<ActiveWeaknesses>()));
        services.AddSingleton<TokenSigner>();
        services.AddSingleton<CustomerDirectory>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<TokenStore>();
        services.AddSingleton(sp => new OtpService(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ActiveMutant>(), options.FixedOtp, sp.GetRequiredService<ActiveWeaknesses>()));
        services.AddSingleton<AttemptTracker>();
        services.AddSingleton<ServerContext>();
        services.AddSingleton<FlowGuards>();
        services.AddSingleton<CredentialChecks>();
        services.AddSingleton<FirstFactorFlow>();
        services.AddSingleton<MfaSessionFlow>();
        services.AddSingleton<MfaPasswordFlow>();
        services.AddSingleton<MfaTokenFlow>();
        services.AddSingleton<SandboxHooks>();
    }
}
