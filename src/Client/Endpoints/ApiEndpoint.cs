namespace MfaConformance.Client.Endpoints;

/// <summary>One HTTP operation of the API or of the sandbox hooks.</summary>
/// <param name="Method">The HTTP method, upper case ("POST", "DELETE", ...).</param>
/// <param name="Path">The path relative to the base URL, starting with '/'.</param>
/// <param name="UsesEnvelope">True when the response is the API's <c>status</c> envelope.</param>
public sealed record ApiEndpoint(string Method, string Path, bool UsesEnvelope = true)
{
    /// <summary>The call name used in reports and messages, e.g. "POST /auth/v1/mfa/otp/validate".</summary>
    public string Name { get; } = $"{Method} {Path}";

    /// <summary>The path without the "/auth/v1/" prefix, e.g. "mfa/otp/validate".</summary>
    public string ShortName => Path.StartsWith(ApiEndpoints.Prefix, StringComparison.Ordinal)
        ? Path[ApiEndpoints.Prefix.Length..]
        : Path;

    /// <summary>True for the sandbox hooks (set-up calls that must not count in load or conformance figures).</summary>
    public bool IsHook => Path.StartsWith("/__harness/", StringComparison.Ordinal);

    /// <summary>The RestSharp method (parsed once).</summary>
    internal RestSharp.Method RestMethod { get; } = Enum.Parse<RestSharp.Method>(Method, ignoreCase: true);

    public override string ToString() => Name;
}
