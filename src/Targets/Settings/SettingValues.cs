using System.Globalization;
using System.Text.RegularExpressions;
using MfaConformance.Client;
using MfaConformance.Client.Otp;
using MfaConformance.LoadEngine.Config;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.Targets.Errors;
namespace MfaConformance.Targets.Settings;

/// <summary>
/// Parses setting values from text, whichever layer they come from (file, environment, command line); every error
/// names the setting (<paramref name="setting"/>: a file key, a variable or an option) and never echoes a secret.
/// </summary>
public static partial class SettingValues
{
    public const long MinSize = 1024;
    public const long MaxSize = 1024L * 1024 * 1024;

    /// <summary>A duration in the harness's one grammar (<see cref="DurationParser"/>), more than 0 and at most 24 hours.</summary>
    public static TimeSpan ParseDuration(string text, string setting)
    {
        var value = ParseDurationOrZero(text, setting);
        return value > TimeSpan.Zero ? value : throw new SettingsException(setting, $"'{text.Trim()}' must be more than 0");
    }

    /// <summary>A duration in the one grammar that may be 0 (a warm-up), at most 24 hours.</summary>
    public static TimeSpan ParseDurationOrZero(string text, string setting)
    {
        if (!DurationParser.TryParse(text, out var value, out var problem))
        {
            throw new SettingsException(setting, problem);
        }

        return value <= TimeSpan.FromHours(24) ? value : throw new SettingsException(setting, $"'{text.Trim()}' is more than 24h");
    }

    /// <summary>A size in bytes: <c>1048576</c>, <c>512KB</c>, <c>1MB</c>, <c>1MiB</c> (KB and MB are binary: 1 KB = 1024 bytes), from 1 KB to 1 GB.</summary>
    public static long ParseSize(string text, string setting)
    {
        var match = SizePattern().Match(text.Trim());
        if (!match.Success || !double.TryParse(match.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            throw new SettingsException(setting, $"'{text}' is not a size (e.g. 1MB, 512KB, 1048576)");
        }

        var unit = match.Groups["unit"].Value.ToUpperInvariant() switch
        {
            "K" or "KB" or "KIB" => 1024d,
            "M" or "MB" or "MIB" => 1024d * 1024,
            "G" or "GB" or "GIB" => 1024d * 1024 * 1024,
            _ => 1d,
        };
        var bytes = n * unit;
        return bytes is >= MinSize and <= MaxSize ? (long)bytes : throw new SettingsException(setting, $"'{text}' must be from 1KB to 1GB");
    }

    public static bool ParseBool(string text, string setting) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "on" => true,
        "false" or "0" or "no" or "off" => false,
        _ => throw new SettingsException(setting, $"'{text}' is not true or false"),
    };

    public static double ParseRate(string text, string setting)
    {
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || !double.IsFinite(rate) || rate <= 0 || rate > 100_000)
        {
            throw new SettingsException(setting, $"'{text}' is not a rate in iterations per second (a number above 0, at most 100000)");
        }

        return rate;
    }

    public static int ParseIterations(string text, string setting) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10_000_000
            ? n
            : throw new SettingsException(setting, $"'{text}' is not a whole number from 1 to 10000000");

    /// <summary>A TCP port to listen on, 1 to 65535.</summary>
    public static int ParsePort(string text, string setting) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 65535
            ? n
            : throw new SettingsException(setting, $"'{text}' is not a port number from 1 to 65535");

    public static Uri ParseUrl(string text, string setting)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new SettingsException(setting, $"'{text}' is not an absolute http:// or https:// URL");
        }

        return uri;
    }

    /// <summary>The text, trimmed; blank is refused (null in the file is how to ask for the default).</summary>
    public static string NonBlank(string text, string setting) =>
        string.IsNullOrWhiteSpace(text)
            ? throw new SettingsException(setting, "must not be blank (leave it unset, or null in the file, for the default)")
            : text.Trim();

    /// <summary>A path made absolute against <paramref name="baseFolder"/> (the file's folder, or the current one).</summary>
    public static string FullPath(string text, string baseFolder, string setting) =>
        Path.GetFullPath(Path.Combine(baseFolder, NonBlank(text, setting)));

    /// <summary>Load stages (<see cref="LoadStageParser"/>), in order.</summary>
    public static IReadOnlyList<LoadEngine.LoadSimulation> ParseStages(IEnumerable<string> texts, string setting)
    {
        try
        {
            return LoadStageParser.Parse(texts);
        }
        catch (LoadEngine.LoadConfigException ex)
        {
            throw new SettingsException(setting, ex.Message);
        }
    }

    /// <summary>Regression limits (<see cref="LoadEngine.Comparison.RegressionLimit"/>), each value one or several separated by ';'.</summary>
    public static IReadOnlyList<LoadEngine.Comparison.RegressionLimit> ParseLimits(IEnumerable<string> texts, string setting)
    {
        try
        {
            return LoadEngine.Comparison.RegressionLimit.ParseList(texts);
        }
        catch (LoadEngine.LoadConfigException ex)
        {
            throw new SettingsException(setting, ex.Message);
        }
    }

    /// <summary>An existing file or folder, absolute.</summary>
    public static string ExistingPath(string text, string baseFolder, string setting)
    {
        var path = FullPath(text, baseFolder, setting);
        return File.Exists(path) || Directory.Exists(path) ? path : throw new SettingsException(setting, $"'{path}' does not exist");
    }

    /// <summary>An existing file, absolute.</summary>
    public static string ExistingFile(string text, string baseFolder, string setting)
    {
        var path = FullPath(text, baseFolder, setting);
        return File.Exists(path) ? path : throw new SettingsException(setting, $"the file '{path}' does not exist");
    }

    public static EvidenceLevel ParseEvidence(string text, string setting) => text.Trim().ToLowerInvariant() switch
    {
        "summary" => EvidenceLevel.Summary,
        "full" => EvidenceLevel.Full,
        _ => throw new SettingsException(setting, $"'{text}' is not an evidence level; use summary or full"),
    };

    public static OtpSourceKind ParseOtpKind(string text, string setting) => text.Trim().ToLowerInvariant() switch
    {
        "hooks" => OtpSourceKind.Hooks,
        "fixed" => OtpSourceKind.Fixed,
        "command" => OtpSourceKind.Command,
        "prompt" => OtpSourceKind.Prompt,
        _ => throw new SettingsException(setting, $"'{text}' is not an OTP source; use hooks, fixed, command or prompt"),
    };

    /// <summary>
    /// Applies an OTP source given as one text: <c>hooks</c>, <c>prompt</c>, <c>fixed</c>, <c>fixed:VALUE</c>,
    /// <c>command</c> or <c>command:CMD</c>. The value never appears in an error message.
    /// </summary>
    public static OtpSourceOptions ApplyOtpSpec(OtpSourceOptions otp, string spec, string setting)
    {
        ArgumentNullException.ThrowIfNull(otp);
        ArgumentNullException.ThrowIfNull(spec);
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var kindText = colon < 0 ? spec : spec[..colon];
        var kind = ParseOtpKind(kindText, setting);
        if (colon < 0)
        {
            return otp with { Kind = kind };
        }

        var rest = spec[(colon + 1)..];
        return kind switch
        {
            OtpSourceKind.Fixed => otp with { Kind = kind, FixedOtp = rest.Trim() },
            OtpSourceKind.Command => otp with { Kind = kind, Command = rest },
            _ => throw new SettingsException(setting, $"the OTP source '{kindText.Trim()}' takes no value after ':'"),
        };
    }

    /// <summary>"Name: value" pairs merged over <paramref name="existing"/>; the values (often credentials) are never printed.</summary>
    public static IReadOnlyDictionary<string, string> MergeHeaders(IReadOnlyDictionary<string, string> existing, IEnumerable<string> pairs, string setting)
    {
        var merged = new Dictionary<string, string>(existing, StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            var name = colon > 0 ? pair[..colon].Trim() : string.Empty;
            if (name.Length == 0 || name.Any(char.IsWhiteSpace))
            {
                throw new SettingsException(setting, "expects 'Name: value' (the value is never printed)");
            }

            merged[name] = pair[(colon + 1)..].Trim();
        }

        return merged;
    }

    [GeneratedRegex(@"^(?<n>\d+(\.\d+)?)\s*(?<unit>[kKmMgG](i?[bB])?|[bB])?$", RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
