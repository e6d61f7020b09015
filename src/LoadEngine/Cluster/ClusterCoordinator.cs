using System.Collections.Concurrent;
using System.Globalization;
using MfaConformance.Client;
using MfaConformance.Client.Redaction;
using MfaConformance.LoadEngine.Reporting;
using MfaConformance.LoadEngine.Running;
using MfaConformance.LoadEngine.Stats;
using MfaConformance.LoadEngine.Thresholds;
using NATS.Client.Core;
namespace MfaConformance.LoadEngine.Cluster;

/// <summary>
/// Coordinates one run over N agents on NATS: waits for N agents of its harness version, assigns segment i of N to
/// each, waits until all are ready, publishes one start instant, merges their cumulative snapshots exactly (the latest
/// of each agent), evaluates aborting thresholds on the merged figures every interval, watches for lost agents and
/// agents that cannot keep their rate, and writes one set of reports (merged) with a per-agent breakdown. Every fault
/// is named on the console and in the reports' errors, and fails the run unless <see cref="ClusterOptions.AllowDegraded"/>.
/// Silence: an agent silent for <see cref="ClusterOptions.AgentSilence"/> while the coordinator is connected is named
/// silent, and lost after <see cref="ClusterOptions.AgentGrace"/>; one that reports again within the grace period is
/// re-admitted (snapshots are cumulative: nothing it measured is lost or counted twice). While the coordinator itself
/// has no NATS connection no agent is blamed; after the connection is back every agent gets a fresh window, and an
/// outage longer than the grace period loses every agent that has not sent its final report.
/// </summary>
internal sealed class ClusterCoordinator(LoadRunBuilder builder, ClusterOptions options, string spec)
{
    private readonly ConcurrentDictionary<string, AgentState> _agents = new(StringComparer.Ordinal);
    private readonly List<string> _faults = [];
    private readonly List<ThresholdResult> _abortResults = [];
    private readonly Lock _connection = new();
    private string? _abortReason;
    private volatile bool _closing;
    private DateTimeOffset? _disconnectedSince;

    private TextWriter Console => builder.Console;

    public async Task<LoadRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var startedUtc = builder.WallClock.GetUtcNow();
        var runId = builder.RunId ?? startedUtc.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + string.Join('+', builder.Scenarios.Select(s => s.Name));
        var subjectId = Guid.NewGuid().ToString("N")[..12];
        await using var nats = new NatsConnection(new NatsOpts { Url = options.NatsUrl, Name = "coordinator", MaxReconnectRetry = -1, ReconnectWaitMin = TimeSpan.FromMilliseconds(200), ReconnectWaitMax = TimeSpan.FromSeconds(1) });
        nats.ConnectionDisconnected += (_, _) =>
        {
            OnDisconnected();
            return ValueTask.CompletedTask;
        };
        nats.ConnectionOpened += (_, _) =>
        {
            OnReconnected();
            return ValueTask.CompletedTask;
        };
        await nats.ConnectAsync().ConfigureAwait(false);
        Note($"coordinator on {ClusterProtocol.Display(options.NatsUrl)}: waiting up to {options.JoinTimeout.TotalSeconds:0} s for {options.Agents} agents (harness {ClusterProtocol.HarnessVersion})");

        var joined = await JoinAsync(nats, subjectId, cancellationToken).ConfigureAwait(false);
        if (joined.Count < options.Agents)
        {
            Fault($"the coordinator saw {joined.Count} of {options.Agents} compatible agents within {options.JoinTimeout.TotalSeconds:0} s{(joined.Count == 0 ? string.Empty : ": " + string.Join(", ", joined))}; nothing ran", fatal: true);
            return Finish(startedUtc, runId, TimeSpan.Zero);
        }

        await using var reports = await nats.SubscribeCoreAsync<byte[]>(ClusterProtocol.Report(options.Prefix, subjectId), cancellationToken: cancellationToken).ConfigureAwait(false);
        await using var ready = await nats.SubscribeCoreAsync<byte[]>(ClusterProtocol.Ready(options.Prefix, subjectId), cancellationToken: cancellationToken).ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiving = Task.Run(() => ReceiveReportsAsync(reports, stop.Token), CancellationToken.None);
        if (!await AssignAsync(nats, subjectId, joined, cancellationToken).ConfigureAwait(false) || !await WaitReadyAsync(ready, cancellationToken).ConfigureAwait(false))
        {
            await AbortAsync(nats, subjectId, _faults.LastOrDefault() ?? "the run could not start").ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
            return Finish(startedUtc, runId, TimeSpan.Zero);
        }

        var startAt = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2);
        await nats.PublishAsync(ClusterProtocol.Start(options.Prefix, subjectId), ClusterProtocol.Encode(new RunStart(startAt.ToUnixTimeMilliseconds())), cancellationToken: cancellationToken).ConfigureAwait(false);
        Note($"all {options.Agents} agents ready; start at {startAt:HH:mm:ss.fff} UTC");
        foreach (var agent in _agents.Values)
        {
            agent.LastHeard = startAt;
        }

        await WatchAsync(nats, subjectId, cancellationToken).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAny(receiving).ConfigureAwait(false);
        return Finish(startedUtc, runId, DateTimeOffset.UtcNow - startAt);
    }

    private async Task<List<string>> JoinAsync(NatsConnection nats, string subjectId, CancellationToken cancellationToken)
    {
        var joined = new List<string>();
        var refused = new HashSet<string>(StringComparer.Ordinal);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.JoinTimeout);
        try
        {
            await foreach (var message in nats.SubscribeAsync<byte[]>(ClusterProtocol.Hello(options.Prefix), cancellationToken: timeout.Token).ConfigureAwait(false))
            {
                var hello = ClusterProtocol.Decode<AgentHello>(message.Data);
                if (hello.Version != ClusterProtocol.HarnessVersion)
                {
                    if (refused.Add(hello.AgentId))
                    {
                        Fault($"agent {hello.AgentId} runs harness {hello.Version}, the coordinator {ClusterProtocol.HarnessVersion}: not used", fatal: false);
                    }

                    continue;
                }

                if (!joined.Contains(hello.AgentId))
                {
                    joined.Add(hello.AgentId);
                    Note($"agent {hello.AgentId} joined ({joined.Count} of {options.Agents})");
                }

                if (joined.Count == options.Agents)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }

        _ = subjectId;
        return joined;
    }

    private async Task<bool> AssignAsync(NatsConnection nats, string subjectId, List<string> joined, CancellationToken cancellationToken)
    {
        for (var i = 0; i < joined.Count; i++)
        {
            var assignment = new AgentAssignment(subjectId, i, joined.Count, ClusterProtocol.HarnessVersion, spec) { GraceSeconds = Grace.TotalSeconds };
            try
            {
                var reply = await nats.RequestAsync<byte[], byte[]>(ClusterProtocol.Assign(options.Prefix, joined[i]), ClusterProtocol.Encode(assignment), replyOpts: new NatsSubOpts { Timeout = TimeSpan.FromSeconds(5) }, cancellationToken: cancellationToken).ConfigureAwait(false);
                var answer = ClusterProtocol.Decode<AssignmentReply>(reply.Data);
                if (!answer.Accepted)
                {
                    Fault($"agent {joined[i]} refused its segment: {answer.Reason}", fatal: true);
                    return false;
                }
            }
            catch (Exception ex) when (ex is NatsException or TimeoutException)
            {
                Fault($"agent {joined[i]} did not take its segment: {ex.Message}", fatal: true);
                return false;
            }

            _agents[joined[i]] = new AgentState(joined[i], i);
            Note($"agent {joined[i]}: segment {i + 1}/{joined.Count}");
        }

        return true;
    }

    private async Task<bool> WaitReadyAsync(INatsSub<byte[]> ready, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ReadyTimeout);
        try
        {
            while (_agents.Values.Any(a => !a.Ready))
            {
                var message = await ready.Msgs.ReadAsync(timeout.Token).ConfigureAwait(false);
                var answer = ClusterProtocol.Decode<AgentReady>(message.Data);
                if (!_agents.TryGetValue(answer.AgentId, out var agent))
                {
                    continue;
                }

                if (answer.Error is { } error)
                {
                    Fault($"agent {agent.Id} could not prepare its segment: {error}", fatal: true);
                    return false;
                }

                agent.Ready = true;
            }

            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Fault($"agents not ready within {options.ReadyTimeout.TotalSeconds:0} s: {string.Join(", ", _agents.Values.Where(a => !a.Ready).Select(a => a.Id))}", fatal: true);
            return false;
        }
    }

    private async Task ReceiveReportsAsync(INatsSub<byte[]> reports, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in reports.Msgs.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var report = ClusterProtocol.Decode<AgentReport>(message.Data);
                if (_agents.TryGetValue(report.AgentId, out var agent))
                {
                    lock (agent)
                    {
                        // cumulative: the newest replaces the older; a repeated or late one is ignored
                        if (report.Sequence > agent.Sequence && !(agent.Final && !report.Snapshot.Final))
                        {
                            agent.Sequence = report.Sequence;
                            agent.Latest = report.Snapshot;
                        }

                        Heard(agent, DateTimeOffset.UtcNow);
                    }
                }

                await message.ReplyAsync(ClusterProtocol.Encode(new AssignmentReply(true, null)), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>The grace period: never shorter than the silence that names an agent silent.</summary>
    private TimeSpan Grace => options.AgentGrace > options.AgentSilence ? options.AgentGrace : options.AgentSilence;

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A report from <paramref name="agent"/> arrived (call holding its lock): a silent agent is re-admitted.</summary>
    private void Heard(AgentState agent, DateTimeOffset now)
    {
        if (agent.Lost)
        {
            Note($"agent {agent.Id} reported again after it was lost; its latest cumulative figures are merged (the fault stands)");
        }
        else if (agent.SilentSince is { } since)
        {
            agent.SilentSince = null;
            agent.Readmissions++;
            Fault($"agent {agent.Id} was silent for {Seconds(now - since)} s and reported again within the {Seconds(Grace)} s grace period: re-admitted (its figures are cumulative: nothing it measured is lost or counted twice)", fatal: !options.AllowDegraded);
        }

        agent.LastHeard = now;
    }

    private void OnDisconnected()
    {
        if (_closing)
        {
            return;
        }

        lock (_connection)
        {
            if (_disconnectedSince is not null)
            {
                return;
            }

            _disconnectedSince = DateTimeOffset.UtcNow;
        }

        Fault($"NATS connection lost (the server stopped or restarted): agents keep measuring and resend their cumulative figures; agents are lost if it is not back within {Seconds(Grace)} s", fatal: !options.AllowDegraded);
    }

    private void OnReconnected()
    {
        DateTimeOffset since;
        lock (_connection)
        {
            if (_disconnectedSince is not { } s)
            {
                return;
            }

            since = s;
            _disconnectedSince = null;
        }

        var now = DateTimeOffset.UtcNow;
        foreach (var agent in _agents.Values)
        {
            lock (agent)
            {
                // the coordinator's own outage is nobody's silence: every agent gets a fresh window
                agent.LastHeard = agent.LastHeard > now ? agent.LastHeard : now;
            }
        }

        NoteInReport($"NATS connection back after {Seconds(now - since)} s");
    }

    /// <summary>Names silent agents and loses those silent past the grace period (no one is blamed while the coordinator itself is disconnected).</summary>
    private void CheckSilence(DateTimeOffset now)
    {
        DateTimeOffset? disconnected;
        lock (_connection)
        {
            disconnected = _disconnectedSince;
        }

        foreach (var agent in _agents.Values.Where(a => !a.Final && !a.Lost))
        {
            lock (agent)
            {
                if (disconnected is { } since)
                {
                    if (now - since > Grace)
                    {
                        agent.Lost = true;
                        Fault($"agent {agent.Id} lost: no NATS connection for {Seconds(Grace)} s (its last report, sequence {agent.Sequence}, is kept)", fatal: !options.AllowDegraded);
                    }

                    continue;
                }

                var silence = now - agent.LastHeard;
                if (silence > Grace)
                {
                    agent.Lost = true;
                    Fault($"agent {agent.Id} lost: no report for {Seconds(Grace)} s (its last report, sequence {agent.Sequence}, is kept)", fatal: !options.AllowDegraded);
                }
                else if (silence > options.AgentSilence && agent.SilentSince is null)
                {
                    agent.SilentSince = agent.LastHeard;
                    Note($"agent {agent.Id} silent for {Seconds(options.AgentSilence)} s: lost unless it reports within {Seconds(Grace)} s of its last report");
                }
            }
        }
    }

    private async Task WatchAsync(NatsConnection nats, string subjectId, CancellationToken cancellationToken)
    {
        var aborting = builder.ThresholdList.Where(t => t.AbortOnFail).ToList();
        var lastNotice = DateTimeOffset.UtcNow;
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(builder.Settings.ReportingInterval, CancellationToken.None).ConfigureAwait(false);
            var now = DateTimeOffset.UtcNow;
            CheckSilence(now);

            if (_abortReason is null && aborting.Count > 0)
            {
                var live = Merge(out _).Scenarios;
                foreach (var threshold in aborting.Where(t => live.Count > 0 && live.Max(s => s.Duration) >= t.StartCheckAfter))
                {
                    var result = ThresholdEvaluator.Evaluate(threshold, live, abortedRun: true);
                    if (!result.Passed)
                    {
                        _abortResults.Add(result);
                        _abortReason = $"aborted: threshold {ThresholdEvaluator.DisplayName(threshold)} failed on the merged figures";
                        Note(_abortReason);
                        await AbortAsync(nats, subjectId, _abortReason).ConfigureAwait(false);
                        break;
                    }
                }
            }

            // Done when every agent sent its final report or is lost (silent past the grace period).
            if (_agents.Values.All(a => a.Final || a.Lost))
            {
                return;
            }

            if (_abortReason is not null && now - lastNotice > TimeSpan.FromSeconds(30))
            {
                return;
            }

            if (_abortReason is null)
            {
                lastNotice = now;
            }
        }
    }

    private async Task AbortAsync(NatsConnection nats, string subjectId, string reason)
    {
        try
        {
            await nats.PublishAsync(ClusterProtocol.Abort(options.Prefix, subjectId), ClusterProtocol.Encode(new RunAbort(reason))).ConfigureAwait(false);
        }
        catch (NatsException ex)
        {
            Note($"could not tell the agents to stop: {ex.Message}");
        }
    }

    /// <summary>The merged statistics of the latest snapshot of every agent (exact), and the per-agent breakdown.</summary>
    private RunStats Merge(out List<AgentRow> rows)
    {
        rows = [];
        var scenarios = new List<ScenarioStats>();
        var interval = builder.Settings.ReportingInterval;
        foreach (var props in builder.Scenarios)
        {
            var recorder = new ScenarioRecorder(props.Name, interval);
            var measured = TimeSpan.Zero;
            string? stop = _abortReason;
            foreach (var agent in _agents.Values.OrderBy(a => a.Index))
            {
                var snapshot = agent.Latest?.Scenarios.FirstOrDefault(s => s.Name == props.Name);
                if (snapshot is null)
                {
                    rows.Add(new AgentRow(agent, props.Name, 0, 0, 0, 0, 0, TimeSpan.Zero));
                    continue;
                }

                snapshot.MergeInto(recorder);
                var own = TimeSpan.FromTicks(snapshot.MeasuredTicks);
                measured = own > measured ? own : measured;
                stop ??= snapshot.StopReason;
                rows.Add(new AgentRow(agent, props.Name, snapshot.Total.Ok.Latency.Count, snapshot.Total.Fail.Latency.Count, snapshot.LateStarts, snapshot.DroppedStarts,
                    snapshot.Total.Fail.Latency.Count + snapshot.Steps.Sum(s => 0L), own));
            }

            scenarios.Add(recorder.Snapshot(measured, props.LoadSimulations.Select(s => s.ToString()).ToList(), stop));
        }

        return new RunStats("cluster", builder.WallClock.GetUtcNow(), scenarios.Count == 0 ? TimeSpan.Zero : scenarios.Max(s => s.Duration), scenarios, false);
    }

    private LoadRunResult Finish(DateTimeOffset startedUtc, string runId, TimeSpan elapsed)
    {
        _closing = true;
        var merged = Merge(out var rows);
        foreach (var row in rows.Where(r => r.Starts > 0 && (r.Late + r.Dropped) > options.RateKeepingTolerance * r.Starts))
        {
            Fault($"agent {row.Agent.Id} could not keep its rate: {row.Late} late and {row.Dropped} dropped of {row.Starts} starts ({row.AchievedPerSecond:0.#} iterations/s achieved)", fatal: !options.AllowDegraded);
        }

        var stats = merged with { RunId = runId, StartedUtc = startedUtc, Duration = elapsed > merged.Duration ? elapsed : merged.Duration };
        var thresholds = builder.ThresholdList.Select(t => ThresholdEvaluator.Evaluate(t, stats.Scenarios, _abortResults.Exists(r => r.Expression == ThresholdEvaluator.DisplayName(t)))).ToList();
        var errors = _faults.Where(f => f.StartsWith("fault:", StringComparison.Ordinal)).Select(f => f["fault: ".Length..]).ToList();
        var degraded = _faults.Where(f => f.StartsWith("degraded:", StringComparison.Ordinal)).ToList();
        var settings = builder.Settings with { Console = builder.Console };
        var (folder, files) = ReportWriter.Write(new LoadReport(stats, thresholds, [.. errors, .. degraded], settings) { Notes = builder.Notes, Agents = Shares(rows) }, builder.ReportFolder, builder.ReportFormats);
        if (folder is not null)
        {
            files = [.. files, AgentBreakdown.Write(folder, rows, _faults)];
            var recorders = builder.Scenarios.Select(p => MergedRecorder(p.Name)).ToList();
            files = [.. files, HlogWriter.Write(folder, startedUtc, recorders)];
        }

        AgentBreakdown.Print(Console, rows);
        return new LoadRunResult(stats, thresholds, files, folder, errors) { Warnings = degraded };
    }

    private static List<AgentShare> Shares(List<AgentRow> rows)
    {
        var count = rows.Select(r => r.Agent.Id).Distinct(StringComparer.Ordinal).Count();
        return [.. rows.Select(r => new AgentShare(r.Agent.Id, string.Create(CultureInfo.InvariantCulture, $"{r.Agent.Index + 1}/{count}"), r.Scenario, r.Ok, r.Failed, r.AchievedPerSecond, r.Late, r.Dropped, r.Status))];
    }

    private ScenarioRecorder MergedRecorder(string name)
    {
        var recorder = new ScenarioRecorder(name, builder.Settings.ReportingInterval);
        foreach (var agent in _agents.Values)
        {
            agent.Latest?.Scenarios.FirstOrDefault(s => s.Name == name)?.MergeInto(recorder);
        }

        return recorder;
    }

    private void Fault(string message, bool fatal)
    {
        var line = (fatal ? "fault: " : "degraded: ") + SecretRedactor.Default.RedactText(message);
        lock (_faults)
        {
            _faults.Add(line);
        }

        Console.WriteLine($"[cluster] {line}");
    }

    private void Note(string message) => Console.WriteLine($"[cluster] {message}");

    /// <summary>A note that also goes to agents.md (not a fault: it changes no verdict).</summary>
    private void NoteInReport(string message)
    {
        lock (_faults)
        {
            _faults.Add("note: " + SecretRedactor.Default.RedactText(message));
        }

        Note(message);
    }
}
