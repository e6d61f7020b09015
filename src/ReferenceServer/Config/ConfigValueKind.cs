namespace MfaConformance.ReferenceServer.Config;

/// <summary>The JSON type a configuration key accepts.</summary>
internal enum ConfigValueKind
{
    Boolean,
    Integer,
    NullableInteger,
    String,
    Regex,
    AnyJson,
}
