using System.Globalization;
using System.Text.RegularExpressions;
using MfaConformance.Cli.Targets;
using MfaConformance.Client;

namespace MfaConformance.Cli.Configuration;

/// <summary>Parses setting values from text (file, environment, command line); errors name the setting.</summary>
internal static partial class SettingValues
{
    public const string DurationExamples = "e.g. 500ms, 10s, 2m";

    public static TimeSpan ParseDuration(string text, string setting)
    {
        var match = DurationPattern().Match(text.Trim());
        if (!match.Success || !double.TryParse(match.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            throw new SettingsException(setting, $"'{text}' is not a duration ({DurationExamples})");
        }

        var value = match.Groups["unit"].Value switch
        {
            "ms" => TimeSpan.FromMilliseconds(n),
            "m" or "min" => TimeSpan.FromMinutes(n),
            "h" => TimeSpan.FromHours(n),
            _ => TimeSpan.FromSeconds(n),
        };
        if (value <= TimeSpan.Zero || value > TimeSpan.FromHours(24))
        {
            throw new SettingsException(setting, $"'{text}' must be more than 0 and at most 24h");
        }

        return value;
    }

    public const long MinSize = 1024;
    public const long MaxSize = 1024L * 1024 * 1024;

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
        if (bytes < MinSize || bytes > MaxSize)
        {
            throw new SettingsException(setting, $"'{text}' must be from 1KB to 1GB");
        }

        return (long)bytes;
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

    [GeneratedRegex(@"^(?<n>\d+(\.\d+)?)\s*(?<unit>ms|s|m|min|h)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^(?<n>\d+(\.\d+)?)\s*(?<unit>[kKmMgG](i?[bB])?|[bB])?$", RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
