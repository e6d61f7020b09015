using System.Text.RegularExpressions;
using MfaConformance.Client;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Targets.Errors;

/// <summary>
/// Something the run needs could not be reached (the target, the cluster's NATS server): the message names what and
/// its address without credentials, then the error. Exit code 3; the reports are still written.
/// </summary>
public sealed partial class UnreachableException(string what, Uri address, string detail, Exception? innerException = null)
    : HarnessException($"{what} {Display(address)} could not be reached: {WithoutCredentials(SecretRedactor.Default.RedactText(detail))}", innerException)
{
    public string What { get; } = what;

    public override ExitCode ExitCode => ExitCode.Unreachable;

    /// <summary>An address fit for a console or report: scheme, host, port and path, never the user info (credentials) or query.</summary>
    public static string Display(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.IsAbsoluteUri
            ? new UriBuilder(address) { UserName = string.Empty, Password = string.Empty, Query = string.Empty, Fragment = string.Empty }.Uri.ToString()
            : "(a relative address)";
    }

    /// <summary>The text with the user info of every URL in it removed ("http://alice:pw@host" becomes "http://host").</summary>
    public static string WithoutCredentials(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return UserInfo().Replace(text, "://");
    }

    [GeneratedRegex(@"://[^/@\s]+@", RegexOptions.CultureInvariant)]
    private static partial Regex UserInfo();
}
