using MfaConformance.Cli.Conformance;
using MfaConformance.Targets.Settings;
using static MfaConformance.Cli.Tests.Conformance.ConformanceTestSupport;

namespace MfaConformance.Cli.Tests.Evidence;

/// <summary>
/// One `verify` with summary evidence against the embedded server's `accept-wrong-password` mutant: the smoke scenarios
/// pass, the password-check scenarios fail, so one run holds both kinds of evidence. The run is made once per test
/// assembly and shared by every class that takes this fixture (they only read its reports).
/// </summary>
public sealed class FailingVerifyFixture : IAsyncLifetime
{
    public const string Tags = "@smoke or @rule:password-check";

    private static readonly string SharedFolder = TempFolder();

    private static readonly Lazy<Task<(VerifyOutcome Outcome, string Output)>> Run = new(RunOnceAsync);

    public string Folder => SharedFolder;

    public string Conformance => Path.Combine(Folder, VerifyRunner.ReportsSubfolder);

    public string Output { get; private set; } = string.Empty;

    internal VerifyOutcome Outcome { get; private set; } = null!;

    public async Task InitializeAsync() => (Outcome, Output) = await Run.Value;

    private static async Task<(VerifyOutcome Outcome, string Output)> RunOnceAsync()
    {
        var settings = new HarnessSettings { ReportsFolder = SharedFolder, EmbeddedPasswordHashIterations = 1_000, EmbeddedMutant = "accept-wrong-password" };
        using var output = new StringWriter();
        var outcome = await new VerifyRunner().RunAsync(settings, new VerifyRunOptions { Tags = Tags, Output = output }, CancellationToken.None);
        return (outcome, output.ToString());
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
