namespace MfaConformance.Targets.Settings;

/// <summary>The JSON kinds a setting's value may have in the configuration file (null always means "the default").</summary>
[Flags]
public enum FileValueKinds
{
    String = 1,
    Number = 2,
    Bool = 4,
    Object = 8,
}
