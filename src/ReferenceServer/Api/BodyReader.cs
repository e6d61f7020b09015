using System.Text.Json;
using System.Text.Json.Nodes;

namespace MfaConformance.ReferenceServer.Api;

/// <summary>Reads a request body as a JSON object, with a size limit and clear errors.</summary>
internal static class BodyReader
{
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>The parsed body; null for an empty body when <paramref name="allowEmpty"/> (hooks), else 1519.</summary>
    public static async Task<JsonNode?> ReadNodeAsync(HttpRequest request, CancellationToken ct, bool allowEmpty = false)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            throw ApiException.TooLarge(MaxBodyBytes);
        }

        var buffer = new byte[MaxBodyBytes + 1];
        var total = 0;
        try
        {
            while (total < buffer.Length)
            {
                var read = await request.Body.ReadAsync(buffer.AsMemory(total), ct).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel refuses the body while the application reads it (bad chunked framing, body too large or too slow).
            throw ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? ApiException.TooLarge(MaxBodyBytes)
                : ApiException.InvalidDetails($"the request body could not be read: {ex.Message}");
        }

        if (total > MaxBodyBytes)
        {
            throw ApiException.TooLarge(MaxBodyBytes);
        }

        if (total == 0 && allowEmpty)
        {
            return null;
        }

        if (total == 0)
        {
            throw ApiException.InvalidDetails("request body is empty; a JSON object is required");
        }

        JsonNode? node;
        try
        {
            var json = buffer.AsSpan(0, total);
            if (json.StartsWith("\uFEFF"u8))
            {
                json = json[3..];
            }

            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            throw ApiException.InvalidDetails("request body is not valid JSON");
        }

        string? invalid;
        try
        {
            invalid = JsonText.FindInvalid(node);
        }
        catch (ArgumentException)
        {
            throw ApiException.InvalidDetails("request body has a duplicated field");
        }

        return invalid is null ? node : throw ApiException.InvalidDetails($"{invalid} {JsonText.NotText}");
    }

    public static async Task<RequestBody> ReadObjectAsync(HttpRequest request, CancellationToken ct)
    {
        var node = await ReadNodeAsync(request, ct).ConfigureAwait(false);
        if (node is not JsonObject obj)
        {
            throw ApiException.InvalidDetails("request body must be a JSON object");
        }

        return new RequestBody(obj);
    }
}
