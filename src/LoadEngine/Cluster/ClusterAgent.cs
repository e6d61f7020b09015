using System.Globalization;
using NATS.Client.Core;

namespace MfaConformance.LoadEngine.Cluster;

/// <summary>
/// An agent of a load cluster: announces itself on NATS, takes one assignment at a time from a coordinator, prepares
/// its run with the host's <c>prepare</c> (its segment of the scenario, its part of the customers), reports ready,
/// starts at the agreed instant, streams its cumulative statistics every reporting interval (acknowledged, retried
/// after a NATS outage) and stops when the coordinator says so. The coordinator writes the merged reports; with
/// <see cref="ReportFolder"/> the agent also writes its own (its segment's report.* and latency.hlog).
/// </summary>
public sealed class ClusterAgent(string natsUrl, string agentId, TextWriter console, string prefix = ClusterProtocol.DefaultPrefix)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(3);

    /// <summary>The version this agent announces (tests set another one to be refused).</summary>
    public string Version { get; init; } = ClusterProtocol.HarnessVersion;

    public string AgentId { get; } = agentId;

    /// <summary>Where the agent writes the reports of its own segment (one folder a run); null: none.</summary>
    public string? ReportFolder { get; init; }

    public async Task RunAsync(Func<AgentAssignment, CancellationToken, Task<LoadRunBuilder>> prepare, bool once, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepare);
        await using var nats = new NatsConnection(new NatsOpts { Url = natsUrl, Name = AgentId, MaxReconnectRetry = -1, ReconnectWaitMin = TimeSpan.FromMilliseconds(200), ReconnectWaitMax = TimeSpan.FromSeconds(1) });
        await nats.ConnectAsync().ConfigureAwait(false);
        console.WriteLine($"agent {AgentId} (harness {Version}) joined {ClusterProtocol.Display(natsUrl)}");
        await using var assignments = await nats.SubscribeCoreAsync<byte[]>(ClusterProtocol.Assign(prefix, AgentId), cancellationToken: cancellationToken).ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            await nats.PublishAsync(ClusterProtocol.Hello(prefix), ClusterProtocol.Encode(new AgentHello(AgentId, Version)), cancellationToken: cancellationToken).ConfigureAwait(false);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(TimeSpan.FromSeconds(1));
            NatsMsg<byte[]> message;
            try
            {
                message = await assignments.Msgs.ReadAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                continue;
            }

            var assignment = ClusterProtocol.Decode<AgentAssignment>(message.Data);
            if (assignment.Version != Version)
            {
                var reason = $"agent {AgentId} runs harness {Version}, the coordinator {assignment.Version}";
                console.WriteLine($"refused run {assignment.RunId}: {reason}");
                await message.ReplyAsync(ClusterProtocol.Encode(new AssignmentReply(false, reason)), cancellationToken: cancellationToken).ConfigureAwait(false);
                continue;
            }

            await message.ReplyAsync(ClusterProtocol.Encode(new AssignmentReply(true, null)), cancellationToken: cancellationToken).ConfigureAwait(false);
            console.WriteLine($"run {assignment.RunId}: segment {assignment.Segment}");
            await RunAssignmentAsync(nats, assignment, prepare, cancellationToken).ConfigureAwait(false);
            if (once)
            {
                return;
            }
        }
    }

    private async Task RunAssignmentAsync(NatsConnection nats, AgentAssignment assignment, Func<AgentAssignment, CancellationToken, Task<LoadRunBuilder>> prepare, CancellationToken cancellationToken)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using var aborts = await nats.SubscribeCoreAsync<byte[]>(ClusterProtocol.Abort(prefix, assignment.RunId), cancellationToken: cancellationToken).ConfigureAwait(false);
        await using var starts = await nats.SubscribeCoreAsync<byte[]>(ClusterProtocol.Start(prefix, assignment.RunId), cancellationToken: cancellationToken).ConfigureAwait(false);
        var abortWatch = Task.Run(async () =>
        {
            var message = await aborts.Msgs.ReadAsync(run.Token).ConfigureAwait(false);
            console.WriteLine($"run {assignment.RunId}: stopped by the coordinator: {ClusterProtocol.Decode<RunAbort>(message.Data).Reason}");
            await run.CancelAsync().ConfigureAwait(false);
        }, CancellationToken.None);
        var reporter = new AgentReporter(nats, ClusterProtocol.Report(prefix, assignment.RunId), AgentId, RequestTimeout);
        LoadRunBuilder builder;
        try
        {
            builder = await prepare(assignment, run.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await nats.PublishAsync(ClusterProtocol.Ready(prefix, assignment.RunId), ClusterProtocol.Encode(new AgentReady(AgentId, ex.Message)), cancellationToken: cancellationToken).ConfigureAwait(false);
            console.WriteLine($"run {assignment.RunId}: could not prepare: {ex.Message}");
            return;
        }

        if (ReportFolder is { } folder)
        {
            builder.WithReportFolder(folder).WithRunId($"{DateTimeOffset.UtcNow:yyyyMMdd-HHmmss}-{AgentId}-{assignment.RunId}");
        }
        else
        {
            builder.WithoutReports();
        }

        builder.WithSegment(assignment.Segment)
            .WithCtrlCHandling(false)
            .WithLiveSnapshots(reporter.Offer)
            .WithStartGate(token => WaitForStartAsync(nats, assignment, starts, token));
        var result = await builder.RunAsync(run.Token).ConfigureAwait(false);
        // retried for longer than the coordinator's grace period, so an outage it forgives loses nothing
        await reporter.SendFinalAsync(TimeSpan.FromSeconds(Math.Max(60, assignment.GraceSeconds + 30)), cancellationToken).ConfigureAwait(false);
        var total = result.Stats.Scenarios.Sum(s => s.Total.Ok.Count + s.Total.Fail.Count);
        console.WriteLine($"run {assignment.RunId}: done, {total.ToString(CultureInfo.InvariantCulture)} iterations reported");
        await run.CancelAsync().ConfigureAwait(false);
        await Task.WhenAny(abortWatch).ConfigureAwait(false);
    }

    private async Task WaitForStartAsync(NatsConnection nats, AgentAssignment assignment, INatsSub<byte[]> starts, CancellationToken token)
    {
        // "Ready" is repeated every second until the start arrives: a coordinator (or NATS) restarting misses none.
        while (true)
        {
            await nats.PublishAsync(ClusterProtocol.Ready(prefix, assignment.RunId), ClusterProtocol.Encode(new AgentReady(AgentId, null)), cancellationToken: token).ConfigureAwait(false);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(token);
            wait.CancelAfter(TimeSpan.FromSeconds(1));
            try
            {
                var message = await starts.Msgs.ReadAsync(wait.Token).ConfigureAwait(false);
                var at = DateTimeOffset.FromUnixTimeMilliseconds(ClusterProtocol.Decode<RunStart>(message.Data).StartAtUnixMs);
                var delay = at - DateTimeOffset.UtcNow;
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, token).ConfigureAwait(false);
                }

                return;
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
            }
        }
    }
}
