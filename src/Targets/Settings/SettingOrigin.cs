namespace MfaConformance.Targets.Settings;

/// <summary>Which layer gave a setting its value (later layers win): defaults &lt; file &lt; environment &lt; options.</summary>
public enum SettingOrigin
{
    Default = 0,
    File = 1,
    Environment = 2,
    Option = 3,
}
