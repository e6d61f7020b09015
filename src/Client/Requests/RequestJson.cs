using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MfaConformance.Client.Requests;

/// <summary>The JSON conventions of request bodies: camelCase names, null optional fields omitted.</summary>
internal static class RequestJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static JsonObject ToJsonObject<T>(T request)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        return JsonSerializer.SerializeToNode(request, Options)!.AsObject();
    }
}
