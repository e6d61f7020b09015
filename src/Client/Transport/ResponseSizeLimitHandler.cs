namespace MfaConformance.Client.Transport;

/// <summary>
/// Refuses a response whose Content-Length announces more than the limit, before a byte of the body is read (the
/// message then gives the announced size). Bodies without a Content-Length (chunked, decompressed) are bounded by
/// <see cref="HttpClient.MaxResponseContentBufferSize"/>, set to the same limit: HttpClient stops reading once the
/// limit is passed. Neither adds a copy or a buffer: the body is read once, into HttpClient's own buffer.
/// </summary>
internal sealed class ResponseSizeLimitHandler(HttpMessageHandler inner, long limit) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Content.Headers.ContentLength is { } length && length > limit)
        {
            var status = (int)response.StatusCode;
            response.Dispose();
            throw new ResponseTooLargeException(limit, length, status);
        }

        return response;
    }
}
