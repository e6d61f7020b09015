namespace MfaConformance.Cli.Tests.Rendering;

/// <summary>A fact that is skipped, with the reason, when headless Chromium is not installed (.ci/run installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = "chromium is not installed (apt-get install -y chromium; .ci/run does it)";
        }
    }
}
