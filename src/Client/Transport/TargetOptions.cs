using System.Text;

using MfaConformance.Client.Otp;
using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Transport;

/// <summary>How to reach one target. Header values may be credentials and are never printed.</summary>
public sealed record TargetOptions
{
    /// <summary>The default per-request timeout (10 s).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The default limit on a response body (1 MiB): an answer of the API is a few hundred bytes.</summary>
    public const long DefaultMaxResponseBytes = 1024 * 1024;

    /// <summary>Absolute http(s) base URL; API paths (/auth/v1/...) are appended to it.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The brand to use; null means the harness creates its own through the hooks.</summary>
    public string? Brand { get; init; }

    /// <summary>Per-request timeout; a call never waits longer than this.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>
    /// The largest response body read (after decompression); a larger answer is not read and becomes a transport
    /// error naming the call and the size, so a hostile target cannot make the harness hold its body.
    /// </summary>
    public long MaxResponseBytes { get; init; } = DefaultMaxResponseBytes;

    /// <summary>Headers added to every request (e.g. a gateway key). Their values are masked in every output.</summary>
    public IReadOnlyDictionary<string, string> ExtraHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Connections to the target at most (default 256). Requests beyond wait for a free connection instead of
    /// opening one each: under overload an unbounded pool opened thousands of sockets ("Too many open files").
    /// </summary>
    public int MaxConnections { get; init; } = 256;

    /// <summary>Accept any TLS certificate (self-signed sandboxes only).</summary>
    public bool AllowInvalidCertificates { get; init; }

    public OtpSourceOptions Otp { get; init; } = new();

    /// <summary>Register every secret sent or received for value-based redaction (turn off for very long load runs).</summary>
    public bool TrackSecrets { get; init; } = true;

    /// <summary>Extra JSON keys whose values are secrets (added to the default list).</summary>
    public IReadOnlyList<string> ExtraSecretKeys { get; init; } = [];

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first bad setting.</summary>
    public void Validate()
    {
        if (BaseUrl is null || !BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttp && BaseUrl.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"BaseUrl must be an absolute http or https URL, got '{BaseUrl}'", nameof(BaseUrl));
        if (Timeout <= TimeSpan.Zero || Timeout == System.Threading.Timeout.InfiniteTimeSpan)
            throw new ArgumentException($"Timeout must be positive and finite, got {Timeout}", nameof(Timeout));
        if (MaxResponseBytes is < 1 or > int.MaxValue)
            throw new ArgumentException($"MaxResponseBytes must be from 1 to {int.MaxValue} bytes, got {MaxResponseBytes}", nameof(MaxResponseBytes));
        if (MaxConnections < 1)
            throw new ArgumentException($"MaxConnections must be at least 1, got {MaxConnections}", nameof(MaxConnections));
        if (Brand is not null && string.IsNullOrWhiteSpace(Brand))
            throw new ArgumentException("Brand must be null (create one through the hooks) or non-blank", nameof(Brand));
        foreach (var name in ExtraHeaders.Keys.Where(string.IsNullOrWhiteSpace))
            throw new ArgumentException($"ExtraHeaders contains a blank header name '{name}'", nameof(ExtraHeaders));
        Otp.Validate();
    }

    private bool PrintMembers(StringBuilder builder) => RecordPrinter.Print(builder, this);
}
