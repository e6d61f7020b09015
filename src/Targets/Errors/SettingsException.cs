namespace MfaConformance.Targets.Errors;

/// <summary>A bad setting or bad usage: names the key (or option, or variable) and what is wrong. Exit code 2.</summary>
public sealed class SettingsException(string setting, string problem, Exception? innerException = null)
    : HarnessException($"{setting}: {problem}", innerException)
{
    public string Setting { get; } = setting;

    public string Problem { get; } = problem;

    public override ExitCode ExitCode => ExitCode.Usage;
}
