namespace MfaConformance.Cli.Tests.Support;

/// <summary>Safety net for awaits on signals: a bound that only a broken test ever reaches (no timed assertions).</summary>
internal static class TestContext
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
}
