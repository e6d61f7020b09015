namespace MfaConformance.Cli.Tests.Support;

/// <summary>
/// A harness configuration whose load config keeps only thresholds that do not depend on timing (no latency
/// bound), so end-to-end tests assert no timing on a busy CI machine. A start counts late only past 2 s (not the
/// engine's 100 ms): a coordinated run names an agent with late starts as one that could not keep its rate, and on a
/// busy 2-core box, with the rest of the assembly beside it, a healthy agent's start may lag a few hundred ms.
/// </summary>
internal static class TimingFreeLoadConfig
{
    public static string Write(TempFolder folder)
    {
        folder.Write("load-thresholds.json", """{ "global": { "lateStartBound": "2s", "thresholds": [ "fail_rate < 1%" ] } }""");
        return folder.Write("mfa-conformance.json", """{ "load": { "config": "load-thresholds.json" } }""");
    }
}
