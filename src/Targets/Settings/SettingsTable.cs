using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MfaConformance.LoadEngine.Config;
using MfaConformance.Targets.Errors;
using static MfaConformance.Targets.Settings.HarnessCommands;

namespace MfaConformance.Targets.Settings;

/// <summary>
/// The harness's settings, one row each (the one place a setting is declared): the configuration file reader, the
/// environment reader, the command-line options and their --help, the example written by `init` and the options table
/// of docs/cli.md are all made from <see cref="All"/>. Adding a setting: add a property to <see cref="HarnessSettings"/>
/// (its default in <see cref="SettingDefaults"/>) and a row here; then `mfa-conformance init --docs docs/cli.md` and
/// `init --path mfa-conformance.example.json --force` regenerate the documents (tests fail until they are).
/// </summary>
public static class SettingsTable
{
    /// <summary>The option and variable naming another configuration file (not a setting of the file itself).</summary>
    public const string ConfigOption = "--config";

    public const string ConfigVariable = "MFA_CONFIG";

    public const string DefaultConfigFileName = "mfa-conformance.json";

    public static readonly Setting TargetUrl = new()
    {
        Key = "target.baseUrl",
        Variable = "MFA_TARGET_URL",
        Option = "--target",
        Commands = Targeted,
        Default = "the embedded reference server on a free loopback port",
        Doc = "Base URL of the API under test (/auth/v1/... is appended).",
        Apply = (s, v, src) => s with { TargetUrl = SettingValues.ParseUrl(v[^1], src.Name) },
    };

    public static readonly Setting Brand = new()
    {
        Key = "target.brand",
        Variable = "MFA_BRAND",
        Option = "--brand",
        Commands = Targeted,
        Default = "a new brand created through the sandbox hooks",
        Doc = "The brand to test; with hooks, --provision-brand first PUTs the default MFA password configuration on it.",
        Apply = (s, v, src) => s with { Brand = SettingValues.NonBlank(v[^1], src.Name) },
    };

    public static readonly Setting Timeout = new()
    {
        Key = "target.timeout",
        Variable = "MFA_TIMEOUT",
        Option = "--timeout",
        Commands = [.. Targeted, Mutants],
        Default = DurationParser.Format(SettingDefaults.Timeout),
        Doc = "Per-request timeout (500ms, 10s, 1m); a call never waits longer.",
        Example = Quoted(DurationParser.Format(SettingDefaults.Timeout)),
        FileKinds = FileValueKinds.String | FileValueKinds.Number,
        Apply = (s, v, src) => s with { Timeout = SettingValues.ParseDuration(v[^1], src.Name) },
    };

    public static readonly Setting MaxResponseSize = new()
    {
        Key = "target.maxResponseSize",
        Variable = "MFA_MAX_RESPONSE_SIZE",
        Option = "--max-response-size",
        Commands = Targeted,
        Default = "1MB",
        Doc = "Largest response body read (512KB, 1MB, or bytes; 1 KB to 1 GB; KB and MB are binary); a larger answer fails the call, naming it and the size.",
        Example = Quoted("1MB"),
        FileKinds = FileValueKinds.String | FileValueKinds.Number,
        Apply = (s, v, src) => s with { MaxResponseBytes = SettingValues.ParseSize(v[^1], src.Name) },
    };

    public static readonly Setting AllowInvalidCertificates = new()
    {
        Key = "target.allowInvalidCertificates",
        Variable = "MFA_ALLOW_INVALID_CERTIFICATES",
        Option = "--allow-invalid-certificates",
        Shape = OptionShape.Flag,
        Commands = Targeted,
        Default = "false",
        Doc = "Accept any TLS certificate (self-signed sandboxes only).",
        Example = "false",
        FileKinds = FileValueKinds.Bool,
        Apply = (s, v, src) => s with { AllowInvalidCertificates = SettingValues.ParseBool(v[^1], src.Name) },
    };

    public static readonly Setting Headers = new()
    {
        Key = "target.headers",
        Option = "--header",
        Shape = OptionShape.Repeated,
        Commands = Targeted,
        Default = "none",
        Doc = "Headers on every request, e.g. a gateway key: {\"Name\": \"value\"} in the file, --header \"Name: value\" (repeatable); values are never printed.",
        Example = "{}",
        FileKinds = FileValueKinds.Object,
        FromObject = HeaderPairs,
        Apply = (s, v, src) => s with { ExtraHeaders = SettingValues.MergeHeaders(src.Origin == SettingOrigin.File ? new Dictionary<string, string>() : s.ExtraHeaders, v, src.Name) },
    };

    public static readonly Setting Fixtures = new()
    {
        Key = "identities.fixtures",
        Variable = "MFA_FIXTURES",
        Option = "--fixtures",
        Commands = Targeted,
        Default = "none",
        Doc = "Customers for targets without sandbox hooks (format in src/Client/README.md).",
        Apply = (s, v, src) => s with { FixturesPath = SettingValues.ExistingFile(v[^1], src.BaseFolder, src.Name) },
    };

    public static readonly Setting OtpSource = new()
    {
        Key = "otp.source",
        Variable = "MFA_OTP_SOURCE",
        Option = "--otp-source",
        Commands = Targeted,
        Default = "hooks",
        Doc = "Where the OTPs come from: hooks, fixed (+ otp.value, or fixed:VALUE), command (+ otp.command, or command:CMD; the first line of its output), prompt (asks on the console; not for load).",
        Example = Quoted("hooks"),
        Apply = (s, v, src) => s with { Otp = SettingValues.ApplyOtpSpec(s.Otp, v[^1], src.Name) },
    };

    public static readonly Setting OtpValue = new()
    {
        Key = "otp.value",
        Variable = "MFA_OTP_VALUE",
        Default = "none",
        Doc = "For the fixed OTP source: the OTP the sandbox always issues (a secret, never printed).",
        Secret = true,
        Apply = (s, v, src) => s with { Otp = s.Otp with { FixedOtp = SettingValues.NonBlank(v[^1], src.Name) } },
    };

    public static readonly Setting OtpCommand = new()
    {
        Key = "otp.command",
        Variable = "MFA_OTP_COMMAND",
        Default = "none",
        Doc = "For the command OTP source: a shell command printing the OTP on its first line.",
        Apply = (s, v, src) => s with { Otp = s.Otp with { Command = SettingValues.NonBlank(v[^1], src.Name) } },
    };

    public static readonly Setting OtpCommandTimeout = new()
    {
        Key = "otp.commandTimeout",
        Default = DurationParser.Format(SettingDefaults.OtpCommandTimeout),
        Doc = "How long the OTP command may run.",
        Example = Quoted(DurationParser.Format(SettingDefaults.OtpCommandTimeout)),
        FileKinds = FileValueKinds.String | FileValueKinds.Number,
        Apply = (s, v, src) => s with { Otp = s.Otp with { CommandTimeout = SettingValues.ParseDuration(v[^1], src.Name) } },
    };

    public static readonly Setting Reports = new()
    {
        Key = "reports.folder",
        Variable = "MFA_REPORTS",
        Option = "--reports",
        Commands = [.. Targeted, Mutants, Compare],
        Default = SettingDefaults.ReportsFolder,
        Doc = "Root of the reports: conformance/, load/<run-id>/, accept/<run-id>/, mutants/ below it.",
        Example = Quoted(SettingDefaults.ReportsFolder),
        Apply = (s, v, src) => s with { ReportsFolder = SettingValues.FullPath(v[^1], src.BaseFolder, src.Name) },
    };

    public static readonly Setting Evidence = new()
    {
        Key = "reports.evidence",
        Variable = "MFA_EVIDENCE",
        Option = "--evidence",
        Commands = SuiteRuns,
        Default = "summary",
        Doc = "HTTP exchanges in the conformance reports: summary (a failing scenario keeps every exchange in full, a passing one a line per call with its curl) or full (every exchange in full).",
        Example = Quoted("summary"),
        Apply = (s, v, src) => s with { Evidence = SettingValues.ParseEvidence(v[^1], src.Name) },
    };

    public static readonly Setting Features = new()
    {
        Key = "suite.features",
        Variable = "MFA_FEATURES",
        Option = "--features",
        Commands = [.. Targeted.Where(c => c != Security), Mutants, Rules],
        Default = "the features the tool ships with (its own features/, wherever it is run from)",
        Doc = "A folder of .feature files to run instead of the tool's own; reports name the folder and a hash of its files (dotnet test always runs the repository's).",
        Apply = (s, v, src) =>
        {
            var folder = SettingValues.FullPath(v[^1], src.BaseFolder, src.Name);
            return Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.feature", SearchOption.AllDirectories).Any()
                ? s with { FeaturesFolder = folder }
                : throw new SettingsException(src.Name, $"'{folder}' is not a folder holding .feature files");
        },
    };

    public static readonly Setting ScenarioTimeout = new()
    {
        Key = "suite.scenarioTimeout",
        Variable = "MFA_SCENARIO_TIMEOUT",
        Option = "--scenario-timeout",
        Commands = SuiteRuns,
        Default = $"{DurationParser.Format(SettingDefaults.ScenarioTimeout)} (none with the prompt OTP source)",
        Doc = "Longest one scenario may run; past it the scenario fails as timed out, naming the call it was in.",
        FileKinds = FileValueKinds.String | FileValueKinds.Number,
        Apply = (s, v, src) => s with { ScenarioTimeout = SettingValues.ParseDuration(v[^1], src.Name) },
    };

    public static readonly Setting SuiteTimeout = new()
    {
        Key = "suite.timeout",
        Variable = "MFA_SUITE_TIMEOUT",
        Option = "--suite-timeout",
        Commands = SuiteRuns,
        Default = $"{DurationParser.Format(SettingDefaults.SuiteTimeout)} (none with the prompt OTP source; dotnet test: none)",
        Doc = "Longest the whole suite may run; calls in flight are cancelled and every unfinished scenario is reported as timed out.",
        FileKinds = FileValueKinds.String | FileValueKinds.Number,
        Apply = (s, v, src) => s with { SuiteTimeout = SettingValues.ParseDuration(v[^1], src.Name) },
    };

    public static readonly Setting LoadDuration = new()
    {
        Key = "load.duration",
        Variable = "MFA_LOAD_DURATION",
        Option = "--duration",
        OptionAliases = ["--load-duration"],
        Commands = LoadRuns,
        Default = $"{DurationParser.Format(SettingDefaults.LoadDuration)} (load), {DurationParser.Format(SettingDefaults.AcceptLoadDuration)} per flow (accept)",
        CommandDefaults = new Dictionary<string, string> { [Accept] = DurationParser.Format(SettingDefaults.AcceptLoadDuration) },
        Doc = "Length of the measured load run (accept: of each flow's); given as an option or variable it replaces the simulations of load.config.",
        FileKinds = FileValueKinds.String | FileValueKinds.Number,
        Apply = (s, v, src) => s with { LoadDuration = SettingValues.ParseDuration(v[^1], src.Name) },
    };

    public static readonly Setting LoadRate = new()
    {
        Key = "load.rate",
        Variable = "MFA_LOAD_RATE",
        Option = "--rate",
        OptionAliases = ["--load-rate"],
        Commands = LoadRuns,
        Default = string.Create(CultureInfo.InvariantCulture, $"{SettingDefaults.LoadRate} (load), {SettingDefaults.AcceptLoadRate} per flow (accept)"),
        CommandDefaults = new Dictionary<string, string> { [Accept] = SettingDefaults.AcceptLoadRate.ToString(CultureInfo.InvariantCulture) },
        Doc = "Iterations started per second (open model); given as an option or variable it replaces the simulations of load.config.",
        FileKinds = FileValueKinds.Number | FileValueKinds.String,
        Apply = (s, v, src) => s with { LoadRate = SettingValues.ParseRate(v[^1], src.Name) },
    };

    public static readonly Setting LoadConfig = new()
    {
        Key = "load.config",
        Variable = "MFA_LOAD_CONFIG",
        Option = "--load-config",
        Commands = LoadRuns,
        Default = "none",
        Doc = "A LoadEngine JSON file (simulations, thresholds) replacing the built-in load shape (examples in load/); its simulations give way to a rate or duration set by an option or variable.",
        Apply = (s, v, src) => s with { LoadConfigPath = SettingValues.ExistingFile(v[^1], src.BaseFolder, src.Name) },
    };

    public static readonly Setting LoadPreflight = new()
    {
        Key = "load.preflight",
        Option = "--no-preflight",
        Shape = OptionShape.Flag,
        FlagValue = "false",
        Commands = LoadRuns,
        Default = "true",
        Doc = "A short conformance pre-flight on the target before the load clock starts; off, the load report says the target was not checked.",
        Example = "true",
        FileKinds = FileValueKinds.Bool,
        Apply = (s, v, src) => s with { LoadPreflight = SettingValues.ParseBool(v[^1], src.Name) },
    };

    public static readonly Setting LoadStages = new()
    {
        Key = "load.stages",
        Variable = "MFA_LOAD_STAGES",
        Option = "--stage",
        Shape = OptionShape.Repeated,
        RepeatedExample = "30s:100/s",
        Commands = LoadRuns,
        Default = "none",
        Doc = "Load stages, repeatable (in the file or variable: separated by ','): DURATION:RATE/s ramps the rate linearly from the previous stage's (0 at first) to RATE over DURATION (open model); DURATION:N ramps the copies (closed model). They replace --rate and --duration and the simulations of load.config.",
        FileKinds = FileValueKinds.String,
        Apply = (s, v, src) => s with { LoadStages = SettingValues.ParseStages(v, src.Name) },
    };

    public static readonly Setting LoadCopies = new()
    {
        Key = "load.copies",
        Variable = "MFA_LOAD_COPIES",
        Option = "--copies",
        Commands = LoadRuns,
        Default = "none (open model at load.rate)",
        Doc = "Closed model: keep N copies of the scenario running back to back for load.duration, instead of starting load.rate iterations per second; replaces the simulations of load.config.",
        FileKinds = FileValueKinds.Number | FileValueKinds.String,
        Apply = (s, v, src) => s with { LoadCopies = SettingValues.ParseIterations(v[^1], src.Name) },
    };

    public static readonly Setting Baseline = new()
    {
        Key = "compare.baseline",
        Variable = "MFA_BASELINE",
        Option = "--baseline",
        Commands = LoadRuns,
        Default = "none",
        Doc = "load: a previous run's report folder, compared with this run at the end (compare.md, .json, .html in its reports; the regression limits decide the exit code). accept: a previous bundle (its folder or accept.json); the acceptance page lists the requirements newly failing, newly passing, added and removed.",
        Apply = (s, v, src) => s with { BaselinePath = SettingValues.ExistingPath(v[^1], src.BaseFolder, src.Name) },
    };

    public static readonly Setting CompareLimits = new()
    {
        Key = "compare.limits",
        Variable = "MFA_COMPARE_LIMITS",
        Option = "--limit",
        Shape = OptionShape.Repeated,
        RepeatedExample = "\"p99(step=mfa_password_validate) regression < 10%\"",
        Commands = [Compare, Load],
        Default = "none (the comparison never fails)",
        Doc = "Regression limits, repeatable (in the file or variable: separated by ';'): FIGURE[(step=|scenario=NAME)] regression < N% (or ms; fail_rate in percentage points); a figure judged a regression beyond its limit fails the comparison (exit 1).",
        FileKinds = FileValueKinds.String,
        Apply = (s, v, src) => s with { CompareLimits = SettingValues.ParseLimits(v, src.Name) },
    };

    public static readonly Setting ExploreSeed = new()
    {
        Key = "explore.seed",
        Variable = "MFA_EXPLORE_SEED",
        Option = "--seed",
        OptionAliases = ["--explore-seed"],
        Commands = ExploreRuns,
        Default = "a new seed, printed (every run replays from its seed)",
        Doc = "The explorer's seed: a number, or the seed an earlier run printed.",
        FileKinds = FileValueKinds.String | FileValueKinds.Number,
        Apply = (s, v, src) => s with { ExploreSeed = SettingValues.NonBlank(v[^1], src.Name) },
    };

    public static readonly Setting ExploreTime = new()
    {
        Key = "explore.time",
        Variable = "MFA_EXPLORE_TIME",
        Option = "--time",
        OptionAliases = ["--explore-time"],
        Commands = ExploreRuns,
        Default = $"{DurationParser.Format(SettingDefaults.ExploreTime)} (explore), {DurationParser.Format(SettingDefaults.AcceptExploreTime)} (accept)",
        CommandDefaults = new Dictionary<string, string> { [Accept] = DurationParser.Format(SettingDefaults.AcceptExploreTime) },
        Doc = "Exploring time at most (shrinking what is found has its own budget).",
        FileKinds = FileValueKinds.String | FileValueKinds.Number,
        Apply = (s, v, src) => s with { ExploreTime = SettingValues.ParseDuration(v[^1], src.Name) },
    };

    public static readonly Setting ExplorePrograms = new()
    {
        Key = "explore.programs",
        Variable = "MFA_EXPLORE_PROGRAMS",
        Option = "--programs",
        Commands = ExploreRuns,
        Default = SettingDefaults.ExplorePrograms.ToString(CultureInfo.InvariantCulture),
        Doc = "Generated programs to run at most.",
        FileKinds = FileValueKinds.Number | FileValueKinds.String,
        Apply = (s, v, src) => s with { ExplorePrograms = SettingValues.ParseIterations(v[^1], src.Name) },
    };

    public static readonly Setting SecuritySamples = new()
    {
        Key = "security.samples",
        Variable = "MFA_SECURITY_SAMPLES",
        Option = "--samples",
        Commands = SecurityRuns,
        Default = SettingDefaults.SecuritySamples.ToString(CultureInfo.InvariantCulture),
        Doc = "Security stage: session ids and tokens sampled (at least 200); keys and OTPs take half as many, each timing group a tenth.",
        FileKinds = FileValueKinds.Number | FileValueKinds.String,
        Apply = (s, v, src) => s with
        {
            SecuritySamples = SettingValues.ParseIterations(v[^1], src.Name) is var n and >= 200 and <= 100_000
                ? n
                : throw new SettingsException(src.Name, $"'{v[^1]}' is not a whole number from 200 to 100000"),
        },
    };

    public static readonly Setting Mutant = new()
    {
        Key = "embedded.mutant",
        Option = "--mutant",
        Commands = Targeted,
        Default = "none",
        Doc = "Embedded server only: run a mutant that breaks one documented rule (see 'serve --list-mutants').",
        Apply = (s, v, src) => s with { EmbeddedMutant = SettingValues.NonBlank(v[^1], src.Name) },
    };

    public static readonly Setting PasswordHashIterations = new()
    {
        Key = "embedded.passwordHashIterations",
        Option = "--hash-iterations",
        Commands = [Mutants],
        Default = SettingDefaults.EmbeddedPasswordHashIterations.ToString(CultureInfo.InvariantCulture),
        Doc = "Embedded server only: PBKDF2 iterations of its password hasher (hashing is not under test; `serve` alone defaults to 100000).",
        FileKinds = FileValueKinds.Number | FileValueKinds.String,
        Apply = (s, v, src) => s with { EmbeddedPasswordHashIterations = SettingValues.ParseIterations(v[^1], src.Name) },
    };

    public static readonly Setting Otlp = new()
    {
        Key = "telemetry.otlp",
        Variable = "MFA_OTLP",
        Option = "--otlp",
        Commands = Targeted,
        Default = "none (nothing exported)",
        Doc = "An OTLP/HTTP endpoint (e.g. http://127.0.0.1:4318; /v1/metrics and /v1/traces are appended) receiving the load's live metrics and the spans of every scenario, iteration and step (OpenTelemetry SDK, http/protobuf); agents of a cluster export with their name as the attribute agent.",
        Apply = (s, v, src) => s with { OtlpEndpoint = SettingValues.ParseUrl(v[^1], src.Name) },
    };

    public static readonly Setting MetricsPort = new()
    {
        Key = "telemetry.metricsPort",
        Variable = "MFA_METRICS_PORT",
        Option = "--metrics-port",
        Commands = LoadRuns,
        Default = "none (no endpoint)",
        Doc = "Serve the load's live metrics for Prometheus to scrape at http://HOST:PORT/metrics while the run goes on (OpenTelemetry's Prometheus exporter); after the run the endpoint waits for two more scrapes (at most 30 s, only when it was scraped during the run) so the final counts are read.",
        FileKinds = FileValueKinds.Number | FileValueKinds.String,
        Apply = (s, v, src) => s with { MetricsPort = SettingValues.ParsePort(v[^1], src.Name) },
    };

    /// <summary>Every setting, in the order of the file's sections and of the documents.</summary>
    public static readonly IReadOnlyList<Setting> All =
    [
        TargetUrl, Brand, Timeout, MaxResponseSize, AllowInvalidCertificates, Headers,
        Fixtures,
        OtpSource, OtpValue, OtpCommand, OtpCommandTimeout,
        Reports, Evidence,
        Features, ScenarioTimeout, SuiteTimeout,
        LoadDuration, LoadRate, LoadConfig, LoadPreflight, LoadStages, LoadCopies,
        Baseline, CompareLimits,
        ExploreSeed, ExploreTime, ExplorePrograms,
        SecuritySamples,
        Mutant, PasswordHashIterations,
        Otlp, MetricsPort,
    ];

    /// <summary>The sections of the file, in order.</summary>
    public static IReadOnlyList<string> Sections => [.. All.Select(s => s.Section).Distinct(StringComparer.Ordinal)];

    /// <summary>Every variable the harness reads (for the misspelt-variable warnings and the docs).</summary>
    public static IReadOnlyList<string> Variables => [.. All.Select(s => s.Variable).OfType<string>(), ConfigVariable];

    public static Setting? Find(string key) => All.FirstOrDefault(s => s.Key == key);

    /// <summary>The settings whose option the command line of <paramref name="command"/> has.</summary>
    public static IReadOnlyList<Setting> OptionsOf(string command) => [.. All.Where(s => s.HasOptionOn(command))];

    private static string Quoted(string text) => JsonSerializer.Serialize(text);

    private static IReadOnlyList<string> HeaderPairs(JsonObject headers, SettingSource source)
    {
        var pairs = new List<string>();
        foreach (var (name, value) in headers)
        {
            if (string.IsNullOrWhiteSpace(name) || name.Any(c => char.IsWhiteSpace(c) || c == ':'))
            {
                throw new SettingsException(source.Name, $"'{name}' is not a valid header name");
            }

            pairs.Add(value is JsonValue v && v.GetValueKind() == JsonValueKind.String
                ? $"{name}: {v.GetValue<string>()}"
                : throw new SettingsException($"{source.Name}.{name}", "must be a string (the value is never printed)"));
        }

        return pairs;
    }
}
