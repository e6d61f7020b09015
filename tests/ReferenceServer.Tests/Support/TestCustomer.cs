using System.Text.Json.Nodes;

namespace MfaConformance.ReferenceServer.Tests.Support;

/// <summary>A customer identity used by a test; every test makes its own so tests can share a server.</summary>
internal sealed record TestCustomer(string Brand, string IdentifierType, string IdentifierValue, string DeviceId)
{
    public static TestCustomer New(string brand, string device = "device-1") =>
        new(brand, "MOBILE", "91" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999), device);

    public TestCustomer OnDevice(string device) => this with { DeviceId = device };

    /// <summary>The identity fields plus extra fields (null values are left out).</summary>
    public JsonObject Body(params (string Name, JsonNode? Value)[] extra)
    {
        var body = new JsonObject
        {
            ["identifierType"] = IdentifierType,
            ["identifierValue"] = IdentifierValue,
            ["deviceId"] = DeviceId,
            ["brand"] = Brand,
        };
        foreach (var (name, value) in extra)
        {
            if (value is not null)
            {
                body[name] = value;
            }
        }

        return body;
    }
}
