using MfaConformance.Client.Endpoints;
namespace MfaConformance.Client.Exchange;

/// <summary>The raw (unredacted) facts of one exchange; never exposed publicly.</summary>
internal sealed record ExchangeData(
    ApiEndpoint Endpoint,
    string Url,
    DateTimeOffset StartedAt,
    IReadOnlyList<KeyValuePair<string, string>> RequestHeaders,
    string? RequestBody,
    string? RequestContentType,
    int StatusCode,
    string? ResponseContentType,
    IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders,
    string? ResponseBody,
    TimeSpan Elapsed,
    long RequestBytes,
    long ResponseBytes,
    string? TransportError)
{
    public override string ToString() => $"{Endpoint.Name} -> {StatusCode}";
}
