namespace MfaConformance.Cli.Tests.Support;

/// <summary>
/// A harness configuration whose load config keeps only thresholds that do not depend on timing (no latency
/// bound), so end-to-end tests assert no timing on a busy CI machine.
/// </summary>
internal static class TimingFreeLoadConfig
{
    public static string Write(TempFolder folder)
    {
        folder.Write("load-thresholds.json", """{ "global": { "thresholds": [ "fail_rate < 1%" ] } }""");
        return folder.Write("mfa-conformance.json", """{ "load": { "config": "load-thresholds.json" } }""");
    }
}
