using MfaConformance.LoadEngine.Config;
using MfaConformance.LoadEngine.Running;
using MfaConformance.LoadEngine.Thresholds;
using MfaConformance.LoadEngine.Timing;

namespace MfaConformance.LoadEngine;

/// <summary>
/// Settings of a load run, then <see cref="RunAsync"/>. Defaults: reports to "reports/load" in all four formats,
/// console progress on, 1 s reporting interval, max concurrency 10,000 in-flight iterations per scenario,
/// lateness bound 100 ms, Ctrl+C handled (stops the run and still writes the reports).
/// </summary>
public sealed class LoadRunBuilder
{
    private readonly List<ScenarioProps> _scenarios;
    private readonly List<Threshold> _thresholds = [];
    private readonly List<string> _notes = [];

    internal LoadRunBuilder(IEnumerable<ScenarioProps> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        _scenarios = [.. scenarios];
        if (_scenarios.Count == 0 || _scenarios.Exists(s => s is null))
        {
            throw new LoadConfigException("register at least one scenario, and no null ones");
        }

        var duplicate = _scenarios.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new LoadConfigException($"scenario name '{duplicate.Key}' is registered twice");
        }
    }

    internal IReadOnlyList<ScenarioProps> Scenarios => _scenarios;

    internal IReadOnlyList<Threshold> ThresholdList => _thresholds;

    internal string? ReportFolder { get; private set; } = Path.Combine("reports", "load");

    internal IReadOnlyList<ReportFormat> ReportFormats { get; private set; } = [ReportFormat.Html, ReportFormat.Md, ReportFormat.Csv, ReportFormat.Json];

    internal bool ConsoleProgress { get; private set; } = true;

    internal bool HandleCtrlC { get; private set; } = true;

    internal string? RunId { get; private set; }

    internal TimeProvider WallClock { get; private set; } = TimeProvider.System;

    internal TextWriter Console { get; private set; } = System.Console.Out;

    internal RunSettings Settings { get; set; } = new();

    internal IReadOnlyList<string> Notes => _notes;

    internal string? FailureBeforeStart { get; private set; }

    /// <summary>Adds a line every report shows under "Notes" (e.g. what was checked before the clock started).</summary>
    public LoadRunBuilder WithNote(string note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        _notes.Add(note);
        return this;
    }

    /// <summary>
    /// Makes <see cref="RunAsync"/> start nothing (no init, no load) and write the reports with <paramref name="reason"/>
    /// as the run's error: a run that could not start still leaves reports saying why (exit code 1).
    /// </summary>
    public LoadRunBuilder FailBeforeStart(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        FailureBeforeStart = reason;
        return this;
    }

    /// <summary>Adds thresholds given as expressions; a bad one throws <see cref="LoadConfigException"/> at once.</summary>
    public LoadRunBuilder WithThresholds(params string[] expressions)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        _thresholds.AddRange(expressions.Select(e => Threshold.Parse(e)));
        return this;
    }

    /// <summary>Adds parsed thresholds (e.g. with AbortOnFail).</summary>
    public LoadRunBuilder WithThresholds(params Threshold[] thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        _thresholds.AddRange(thresholds);
        return this;
    }

    /// <summary>Folder under which the run's folder (yyyyMMdd-HHmmss-&lt;scenario&gt;) is created.</summary>
    public LoadRunBuilder WithReportFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ReportFolder = folder;
        return this;
    }

    /// <summary>Which report files to write.</summary>
    public LoadRunBuilder WithReportFormats(params ReportFormat[] formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        ReportFormats = [.. formats.Distinct()];
        return this;
    }

    /// <summary>Writes no report files.</summary>
    public LoadRunBuilder WithoutReports()
    {
        ReportFolder = null;
        return this;
    }

    /// <summary>Live progress: a Spectre.Console table when interactive, a plain line per interval otherwise.</summary>
    public LoadRunBuilder WithConsoleProgress(bool enabled)
    {
        ConsoleProgress = enabled;
        return this;
    }

    /// <summary>Where progress lines and <c>ctx.WriteLine</c> go (default: standard output).</summary>
    public LoadRunBuilder WithConsole(TextWriter writer)
    {
        Console = writer ?? throw new ArgumentNullException(nameof(writer));
        return this;
    }

    /// <summary>Length of the over-time intervals and of the progress/abort-check period.</summary>
    public LoadRunBuilder WithReportingInterval(TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.FromMilliseconds(10));
        Settings = Settings with { ReportingInterval = interval };
        return this;
    }

    /// <summary>Open model: starts beyond this many in-flight iterations (per scenario) are dropped and counted.</summary>
    public LoadRunBuilder WithMaxConcurrency(int maxConcurrency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        Settings = Settings with { MaxConcurrency = maxConcurrency };
        return this;
    }

    /// <summary>
    /// Open model: stop a scenario whose starts have all been dropped (it is at <see cref="WithMaxConcurrency"/>)
    /// for <paramref name="after"/> (default 10 s); null never stops. The stop reason names the limit.
    /// </summary>
    public LoadRunBuilder WithOverloadStop(TimeSpan? after)
    {
        if (after is { } a)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(a, TimeSpan.Zero);
        }

        Settings = Settings with { OverloadStopAfter = after };
        return this;
    }

    /// <summary>Runs only <paramref name="segment"/> of every simulation (cluster agents); the default is the whole.</summary>
    public LoadRunBuilder WithSegment(ExecutionSegment segment)
    {
        Settings = Settings with { Segment = segment ?? throw new ArgumentNullException(nameof(segment)) };
        return this;
    }

    /// <summary>
    /// Calls <paramref name="log"/> for every measured open-model start this process schedules (run or dropped) with the
    /// scenario's name and the start's intended time from the scenario's measured origin: the schedule a cluster's
    /// agents together must cover exactly (tests recombine it). Called on the scheduling thread: keep it cheap.
    /// </summary>
    public LoadRunBuilder WithScheduleLog(Action<string, TimeSpan> log)
    {
        Settings = Settings with { ScheduleLog = log ?? throw new ArgumentNullException(nameof(log)) };
        return this;
    }

    /// <summary>Awaited after every scenario's init and before the first start (a cluster's agreed start instant).</summary>
    public LoadRunBuilder WithStartGate(Func<CancellationToken, Task> gate)
    {
        StartGate = gate ?? throw new ArgumentNullException(nameof(gate));
        return this;
    }

    /// <summary>Called once per reporting interval while running and once at the end with the cumulative statistics.</summary>
    public LoadRunBuilder WithLiveSnapshots(Action<Cluster.RunSnapshot> sink)
    {
        SnapshotSink = sink ?? throw new ArgumentNullException(nameof(sink));
        return this;
    }

    internal Func<CancellationToken, Task>? StartGate { get; private set; }

    internal Action<Cluster.RunSnapshot>? SnapshotSink { get; private set; }

    /// <summary>
    /// Records the run's figures on <paramref name="metrics"/> as well (System.Diagnostics.Metrics instruments an
    /// OpenTelemetry MeterProvider exports); without it the engine creates no instrument.
    /// </summary>
    public LoadRunBuilder WithMetrics(Telemetry.LoadMetrics metrics)
    {
        Settings = Settings with { Metrics = metrics ?? throw new ArgumentNullException(nameof(metrics)) };
        return this;
    }

    /// <summary>Open model: a start beginning more than this after its intended time counts as late.</summary>
    public LoadRunBuilder WithLateStartBound(TimeSpan bound)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bound, TimeSpan.Zero);
        Settings = Settings with { LateStartBound = bound };
        return this;
    }

    /// <summary>The clock driving the scheduler (tests pass a <see cref="ManualLoadClock"/>).</summary>
    public LoadRunBuilder WithClock(ILoadClock clock)
    {
        Settings = Settings with { Clock = clock ?? throw new ArgumentNullException(nameof(clock)) };
        return this;
    }

    /// <summary>The wall clock used for the run id and start time.</summary>
    public LoadRunBuilder WithWallClock(TimeProvider timeProvider)
    {
        WallClock = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        return this;
    }

    /// <summary>Names the run's report folder instead of yyyyMMdd-HHmmss-&lt;scenario&gt;.</summary>
    public LoadRunBuilder WithRunId(string runId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        if (runId.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || runId.Contains("..", StringComparison.Ordinal))
        {
            throw new LoadConfigException($"run id '{runId}' cannot be a folder name");
        }

        RunId = runId;
        return this;
    }

    /// <summary>Whether Ctrl+C stops the run gracefully (reports still written). Default true.</summary>
    public LoadRunBuilder WithCtrlCHandling(bool enabled)
    {
        HandleCtrlC = enabled;
        return this;
    }

    /// <summary>Applies a <see cref="LoadConfig"/>: its values override the code's; a scenario it names must be registered.</summary>
    public LoadRunBuilder WithConfig(LoadConfig config)
    {
        LoadConfigApplier.Apply(this, config);
        return this;
    }

    /// <summary>Runs: init, load (all scenarios concurrently), clean, thresholds, reports.</summary>
    public Task<LoadRunResult> RunAsync(CancellationToken cancellationToken = default) =>
        new RunOrchestrator(this).RunAsync(cancellationToken);

    /// <summary>
    /// Runs as the coordinator of a cluster: N agents on NATS each run one segment of every simulation (they build the
    /// scenario from <paramref name="spec"/>); the merged figures decide the thresholds and fill one set of reports.
    /// </summary>
    public Task<LoadRunResult> RunClusterAsync(Cluster.ClusterOptions options, string spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(spec);
        LoadConfigApplierGuard();
        return new Cluster.ClusterCoordinator(this, options, spec).RunAsync(cancellationToken);
    }

    private static void LoadConfigApplierGuard()
    {
    }

    internal void ReplaceScenario(int index, ScenarioProps props) => _scenarios[index] = props;

    internal void SetReportFormats(IReadOnlyList<ReportFormat> formats) => ReportFormats = formats;
}
