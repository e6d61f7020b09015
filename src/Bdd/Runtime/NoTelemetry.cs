using Reqnroll.Analytics;

namespace MfaConformance.Bdd.Runtime;

/// <summary>Reqnroll's usage telemetry is off: the harness runs on vendors' machines and sends nothing anywhere.</summary>
internal sealed class NoTelemetry : IEnvironmentReqnrollTelemetryChecker
{
    public bool IsReqnrollTelemetryEnabled() => false;
}
