namespace MfaConformance.Cli.Security;

/// <summary>
/// The verdict of one security check (advisory, like @hardening: none of them rejects an acceptance). Only
/// <see cref="Finding"/> flags the target; <see cref="Documented"/> is a deviation from ASVS that the API's
/// documentation (or the brand's configuration it names) prescribes, so a conformant server must show it.
/// </summary>
internal enum SecurityVerdict
{
    Pass,
    Finding,
    Documented,
    Info,
    NotApplicable,
    NotRun,
}
