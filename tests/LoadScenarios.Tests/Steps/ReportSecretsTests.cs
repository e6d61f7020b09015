using MfaConformance.Client;
using MfaConformance.Client.Transport;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.LoadScenarios.Tests.Support;
namespace MfaConformance.LoadScenarios.Tests.Steps;

[Collection(EmbeddedServerCollection.Name)]
public sealed class ReportSecretsTests(EmbeddedServerFixture server) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "load-secrets-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Reports_OfARunWithFailures_ContainNoPasswordTokenOrKeyUsed()
    {
        await using var proxy = await KeyStrippingProxy.StartAsync(server.BaseUrl, "/auth/v1/mfa/password/validate");
        await using var target = await LoadTarget.CreateAsync(new TargetOptions { BaseUrl = proxy.BaseUrl }, LoadScenarioOptions.DefaultSeed);
        await using var runtime = await SuiteRuntime.StartAsync(target);
        var definition = LoadScenarioCatalog.Create(LoadScenarioNames.TokenRegeneration, target, LoadRuns.Iterations(copies: 2, iterations: 4), runtime);

        var result = await LoadRuns.RunAsync(definition, _folder);

        result.ReportFiles.Count.ShouldBe(5, "four reports and the .hlog interval log");
        result.Scenario().Total.Fail.Count.ShouldBe(4, "every iteration breaks at mfa_password_validate");
        var secrets = definition.Customers.All
            .SelectMany(c => new[] { c.Password, c.Flow.FirstFactorToken, c.Flow.FirstFactorKey, c.Flow.FirstFactorSessionToken, c.Flow.MfaSessionToken, c.Flow.MfaToken, c.Flow.MfaKey })
            .OfType<string>()
            .ToList();
        secrets.Count.ShouldBeGreaterThan(8, "the run must have used passwords and tokens to look for");
        foreach (var file in result.ReportFiles)
        {
            var text = await File.ReadAllTextAsync(file);
            secrets.ShouldAllBe(secret => !text.Contains(secret, StringComparison.Ordinal), $"a secret leaked into {Path.GetFileName(file)}");
            if (!file.EndsWith(".csv", StringComparison.Ordinal) && !file.EndsWith(".hlog", StringComparison.Ordinal))
            {
                text.ShouldContain("mfa_password_validate - success but no key", Case.Sensitive, "the failure reason is reported");
            }
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
