using MfaConformance.Cli.Targets;
using MfaConformance.Client;

namespace MfaConformance.Cli.Configuration;

/// <summary>Cross-setting checks once every layer is applied; errors say where each value can be set.</summary>
internal static class SettingsValidator
{
    public static HarnessSettings Validate(HarnessSettings s)
    {
        if (s.Otp.Kind == OtpSourceKind.Fixed && string.IsNullOrWhiteSpace(s.Otp.FixedOtp))
        {
            throw new SettingsException("otp.value", "the OTP source 'fixed' needs a value (otp.value in the file, MFA_OTP_VALUE, or --otp-source fixed:VALUE)");
        }

        if (s.Otp.Kind == OtpSourceKind.Command && string.IsNullOrWhiteSpace(s.Otp.Command))
        {
            throw new SettingsException("otp.command", "the OTP source 'command' needs a command (otp.command in the file, MFA_OTP_COMMAND, or --otp-source command:CMD)");
        }

        if (s.Brand is not null && string.IsNullOrWhiteSpace(s.Brand))
        {
            throw new SettingsException("target.brand", "must not be blank");
        }

        if (string.IsNullOrWhiteSpace(s.ReportsFolder) || s.ReportsFolder.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            throw new SettingsException("reports.folder", $"'{s.ReportsFolder}' is not a usable folder path");
        }

        if (s.EmbeddedMutant is not null && !s.IsEmbedded)
        {
            throw new SettingsException("embedded.mutant", "a mutant runs only on the embedded server; remove it or the target URL");
        }

        if (s.EmbeddedMutant is not null && ReferenceServer.Mutants.Mutants.Find(s.EmbeddedMutant) is null)
        {
            var names = ReferenceServer.Mutants.Mutants.All.Concat(ReferenceServer.Mutants.Mutants.Variants).Select(m => m.Name);
            throw new SettingsException("embedded.mutant", $"unknown mutant '{s.EmbeddedMutant}'{KeySuggester.Hint(s.EmbeddedMutant, names)} (see 'mfa-conformance serve --list-mutants' and '--list-variants')");
        }

        if (s.FixturesPath is { } fixtures)
        {
            try
            {
                IdentityFixturesLoader.Load(fixtures);
            }
            catch (FixtureFormatException ex)
            {
                throw new SettingsException("identities.fixtures", ex.Message);
            }
        }

        return s;
    }

    public static string ExistingFile(string path, string setting)
    {
        var trimmed = path.Trim();
        return File.Exists(trimmed) ? trimmed : throw new SettingsException(setting, $"the file '{trimmed}' does not exist");
    }
}
