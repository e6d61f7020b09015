using System.Text.RegularExpressions;

namespace MfaConformance.Client.Redaction;

/// <summary>
/// Addresses fit for a console, a log or a report: never the user info (credentials) of a URL. One home for the
/// target's URL, the NATS URL of a cluster run and any text that may hold either.
/// </summary>
public static partial class AddressDisplay
{
    /// <summary>Scheme, host, port and path; never the user info, the query or the fragment.</summary>
    public static string Of(Uri address)
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
