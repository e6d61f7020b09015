using MfaConformance.Cli.Conformance;
using MfaConformance.Targets.Settings;
using static MfaConformance.Cli.Tests.Conformance.ConformanceTestSupport;

namespace MfaConformance.Cli.Tests.Evidence;

/// <summary>
/// One `verify` with summary evidence against the embedded server's `accept-wrong-password` mutant: the smoke scenarios
/// pass, the password-check scenarios fail, so one run holds both kinds of evidence.
/// </summary>
public sealed class FailingVerifyFixture : IAsyncLifetime
{
    public const string Tags = "@smoke or @rule:password-check";

    public string Folder { get; } = TempFolder();

    public string Conformance => Path.Combine(Folder, VerifyRunner.ReportsSubfolder);

    public string Output { get; private set; } = string.Empty;

    internal VerifyOutcome Outcome { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = new HarnessSettings { ReportsFolder = Folder, EmbeddedPasswordHashIterations = 1_000, EmbeddedMutant = "accept-wrong-password" };
        using var output = new StringWriter();
        Outcome = await new VerifyRunner().RunAsync(settings, new VerifyRunOptions { Tags = Tags, Output = output }, CancellationToken.None);
        Output = output.ToString();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
