namespace MfaConformance.Cli.Tests.Telemetry;

/// <summary>A fact that needs Prometheus: skipped with the reason when it is missing, except in CI (MFA_REQUIRE_PROMETHEUS=1).</summary>
public sealed class PrometheusFactAttribute : FactAttribute
{
    public PrometheusFactAttribute()
    {
        if (PrometheusServer.Executable is null && Environment.GetEnvironmentVariable(PrometheusServer.RequireVariable) != "1")
        {
            Skip = PrometheusServer.NotInstalled;
        }
    }
}
