namespace MfaConformance.Targets.Settings;

/// <summary>How a setting's command-line option is written.</summary>
public enum OptionShape
{
    /// <summary><c>--timeout 10s</c>.</summary>
    Value,

    /// <summary><c>--allow-invalid-certificates</c>: present means <see cref="Setting.FlagValue"/>.</summary>
    Flag,

    /// <summary><c>--header "A: 1" --header "B: 2"</c>: every value counts.</summary>
    Repeated,
}
