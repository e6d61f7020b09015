namespace MfaConformance.Targets.Settings;

/// <summary>Where one value of a setting was read: its name there (for errors), its layer, and the folder relative paths start from.</summary>
/// <param name="Name">The key as the user wrote it: "mfa-conformance.json: target.timeout", "MFA_TIMEOUT" or "--timeout".</param>
/// <param name="Origin">The layer.</param>
/// <param name="BaseFolder">The configuration file's folder (file values) or the current folder (environment, options).</param>
public sealed record SettingSource(string Name, SettingOrigin Origin, string BaseFolder);
