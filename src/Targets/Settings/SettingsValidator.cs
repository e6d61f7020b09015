using MfaConformance.Client;
using MfaConformance.Client.Fixtures;
using MfaConformance.Client.Otp;
using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.Targets.Errors;
namespace MfaConformance.Targets.Settings;

/// <summary>Cross-setting checks once every layer is applied; errors say where each value can be set.</summary>
public static class SettingsValidator
{
    public static HarnessSettings Validate(HarnessSettings s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Otp.Kind == OtpSourceKind.Fixed && string.IsNullOrWhiteSpace(s.Otp.FixedOtp))
        {
            throw new SettingsException("otp.value", "the OTP source 'fixed' needs a value (otp.value in the file, MFA_OTP_VALUE, or --otp-source fixed:VALUE)");
        }

        if (s.Otp.Kind == OtpSourceKind.Command && string.IsNullOrWhiteSpace(s.Otp.Command))
        {
            throw new SettingsException("otp.command", "the OTP source 'command' needs a command (otp.command in the file, MFA_OTP_COMMAND, or --otp-source command:CMD)");
        }

        if (s.ReportsFolder.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            throw new SettingsException("reports.folder", $"'{s.ReportsFolder}' is not a usable folder path");
        }

        if (s.EmbeddedMutant is not null && !s.IsEmbedded)
        {
            throw new SettingsException("embedded.mutant", "a mutant runs only on the embedded server; remove it or the target URL");
        }

        if (s.EmbeddedMutant is not null && Mutants.Find(s.EmbeddedMutant) is null)
        {
            var names = Mutants.All.Concat(Mutants.Variants).Concat(Mutants.Explorer).Select(m => m.Name);
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
}
