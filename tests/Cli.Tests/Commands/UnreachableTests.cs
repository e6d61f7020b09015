using System.Text.Json;
using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests.Commands;

/// <summary>
/// Exit code 3: what the run needs cannot be reached (the target, a cluster's NATS server). The message names what and
/// its address without credentials, nothing else runs first, and the reports are still written.
/// </summary>
public sealed class UnreachableTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string NatsUrl() => $"nats://127.0.0.1:{ClosedPort.Url().Port}";

    [Fact]
    public async Task Load_ClusterOnANatsServerThatIsNotThere_ExitsThreeNamingItAndWritesTheReport()
    {
        var nats = NatsUrl();

        var run = await CliRun.InAsync(_folder.Path, [], "load", "--cluster", nats, "--agents", "2", "--duration", "1s", "--no-progress");

        run.ExitCode.ShouldBe(ExitCodes.Unreachable, run.Output + run.Error);
        run.Output.ShouldContain($"error: the NATS server {nats}/ could not be reached: ");
        run.Output.ShouldNotContain("Pre-flight", Case.Sensitive, "nothing runs before the cluster can be reached");
        run.Error.ShouldNotContain("unexpected");
        var report = Directory.GetFiles(Path.Combine(_folder.Path, "reports", "load"), "report.md", SearchOption.AllDirectories).ShouldHaveSingleItem();
        File.ReadAllText(report).ShouldContain($"the load did not run: the NATS server {nats}/ could not be reached");
    }

    [Fact]
    public async Task Accept_ClusterOnANatsServerThatIsNotThere_ExitsThreeWithABundleSayingSo()
    {
        var nats = NatsUrl();

        var run = await CliRun.InAsync(_folder.Path, [], "accept", "--cluster", nats, "--agents", "2");

        run.ExitCode.ShouldBe(ExitCodes.Unreachable, run.Output + run.Error);
        run.Output.ShouldContain($"error: the NATS server {nats}/ could not be reached");
        run.Output.ShouldNotContain("running the conformance suite", Case.Sensitive, "the suite does not run when the load cannot");
        var bundle = Directory.GetDirectories(Path.Combine(_folder.Path, "reports", "accept")).ShouldHaveSingleItem();
        File.ReadAllText(Path.Combine(bundle, "index.html")).ShouldContain("NOT RUN: the NATS server could not be reached");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, "accept.json")));
        json.RootElement.GetProperty("exitCode").GetInt32().ShouldBe(3);
        json.RootElement.GetProperty("unreachableMessage").GetString().ShouldStartWith($"the NATS server {nats}/");
    }

    [Fact]
    public async Task Verify_ATargetThatIsNotThere_ExitsThreeNamingItsUrlWithoutCredentialsAndWritesTheReports()
    {
        var port = ClosedPort.Url().Port;

        var run = await CliRun.InAsync(_folder.Path, [], "verify", "--target", $"http://alice:s3cr3t@127.0.0.1:{port}/", "--tags", "@smoke");

        run.ExitCode.ShouldBe(ExitCodes.Unreachable, run.Output + run.Error);
        run.Output.ShouldContain($"the target http://127.0.0.1:{port}/ could not be reached: ");
        (run.Output + run.Error).ShouldNotContain("s3cr3t");
        File.ReadAllText(Path.Combine(_folder.Path, "reports", "conformance", "junit.xml")).ShouldContain("could not be reached");
    }
}
