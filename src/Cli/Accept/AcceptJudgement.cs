using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Accept;

/// <summary>How `accept` judges a run (verdict, evidence, counts) and describes its set-up, without secrets.</summary>
internal static class AcceptJudgement
{
    /// <summary>
    /// An acceptance needs evidence: when no @documented scenario passed (none selected, or every one not run for
    /// a missing capability), says so with the most frequent reasons; else null.
    /// </summary>
    public static string? NothingVerified(AcceptReport report)
    {
        var documented = report.Level(RequirementResults.Documented).ToList();
        if (documented.Any(r => r.Outcome != "not run"))
        {
            return null;
        }

        var reasons = documented.GroupBy(r => r.Message ?? "skipped").OrderByDescending(g => g.Count()).Take(3).Select(g => $"{g.Count()} x {g.Key}");
        return documented.Count == 0
            ? "no @documented scenario was selected (check --tags): nothing was verified"
            : $"none of the {documented.Count} @documented scenarios could run on this target: {string.Join("; ", reasons)}";
    }

    /// <summary>One line on how the harness was set up; names sources and kinds, never values of secrets.</summary>
    public static string Describe(HarnessSettings s) => string.Join("; ", new[]
    {
        s.ConfigPath is null ? "no configuration file" : $"configuration file {s.ConfigPath}",
        $"brand {s.Brand ?? "created through the sandbox hooks"}",
        s.FixturesPath is null ? "identities through the sandbox hooks" : $"identity fixtures {s.FixturesPath}",
        $"OTP source {s.Otp.Kind.ToString().ToLowerInvariant()}",
        $"timeout {s.Timeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s",
        s.ExtraHeaders.Count == 0 ? "no extra headers" : $"extra headers {string.Join(", ", s.ExtraHeaders.Keys)}",
    });

    public static AcceptVerdict Judge(AcceptReport report)
    {
        if (report.UnreachableMessage is not null)
        {
            return AcceptVerdict.NotRun;
        }

        var failed = report.RunErrors.Count > 0
            || report.Level(RequirementResults.Documented).Any(r => r.Outcome == "failed")
            || report.Load.Any(l => !l.Passed)
            || report.Explore is { Contradictions.Count: > 0 };
        return failed ? AcceptVerdict.Rejected : AcceptVerdict.Accepted;
    }

    public static string Counts(AcceptReport report) => string.Join("; ", new[] { RequirementResults.Documented, RequirementResults.Inferred, RequirementResults.Hardening }
        .Select(level => $"{level} {report.Level(level).Count(r => r.Outcome == "passed")} passed, {report.Level(level).Count(r => r.Outcome == "failed")} failed, {report.Level(level).Count(r => r.Outcome == "not run")} not run"));
}
