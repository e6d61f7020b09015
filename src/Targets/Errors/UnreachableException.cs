using MfaConformance.Client;
using MfaConformance.Client.Redaction;

namespace MfaConformance.Targets.Errors;

/// <summary>
/// Something the run needs could not be reached (the target, the cluster's NATS server): the message names what and
/// its address without credentials, then the error. Exit code 3; the reports are still written.
/// </summary>
public sealed class UnreachableException(string what, Uri address, string detail, Exception? innerException = null)
    : HarnessException($"{what} {AddressDisplay.Of(address)} could not be reached: {AddressDisplay.WithoutCredentials(SecretRedactor.Default.RedactText(detail))}", innerException)
{
    public string What { get; } = what;

    public override ExitCode ExitCode => ExitCode.Unreachable;
}
