using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Config;
using MfaConformance.ReferenceServer.State;

namespace MfaConformance.ReferenceServer.Flows;

/// <summary>The control-plane operations of control-plane.md: brands, customers, OTP read-out and the clock.</summary>
internal sealed class SandboxHooks(ServerContext server)
{
    private static readonly string[] IdentifierTypes = ["MOBILE", "EMAIL", "USERNAME", "EXTERNALID"];

    public HookResult PutBrand(string name, JsonNode? body)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            return HookResult.Fail(400, "brand name must be 1-100 characters");
        }

        var config = BrandConfigParser.Parse(body ?? new JsonObject(), out var error);
        return error is not null
            ? HookResult.Fail(400, error)
            : HookResult.Ok(200, server.Directory.PutBrand(name, config).Config.ToJson());
    }

    public HookResult PutCustomers(JsonNode? body)
    {
        if (body is not JsonArray array)
        {
            return HookResult.Fail(400, "the body must be a JSON array of customers");
        }

        var parsed = new List<(CustomerKey Key, string? Password)>();
        for (var i = 0; i < array.Count; i++)
        {
            var (key, password, status, error) = ParseCustomer(array[i], i);
            if (error is not null)
            {
                return HookResult.Fail(status, error);
            }

            parsed.Add((key, password));
        }

        foreach (var (key, password) in parsed)
        {
            server.Directory.Reset(key, password is null ? null : server.Passwords.Hash(password));
            server.Otps.Forget(key);
            server.Attempts.Reset(key, AttemptKind.PrimaryOtp);
            server.Attempts.Reset(key, AttemptKind.PrimaryPassword);
            server.Attempts.Reset(key, AttemptKind.MfaOtp);
            server.Attempts.Reset(key, AttemptKind.MfaPassword);
        }

        return HookResult.Ok(201, new JsonObject { ["created"] = parsed.Count });
    }

    public HookResult GetOtp(string? brand, string? type, string? value, string? sessionId)
    {
        if (string.IsNullOrWhiteSpace(brand) || string.IsNullOrWhiteSpace(type) || string.IsNullOrWhiteSpace(value))
        {
            return HookResult.Fail(400, "query parameters 'brand', 'identifierType' and 'identifierValue' are required");
        }

        var otp = server.Otps.Newest(CustomerKey.Create(brand, type, value), string.IsNullOrWhiteSpace(sessionId) ? null : sessionId);
        return otp is null
            ? HookResult.Fail(404, "no OTP was issued to that customer" + (sessionId is null ? string.Empty : " for that session"))
            : HookResult.Ok(200, new JsonObject
            {
                ["otp"] = otp.Value,
                ["sessionId"] = otp.SessionId,
                ["issuedAt"] = otp.IssuedAt.ToString("O", CultureInfo.InvariantCulture),
                ["expiresAt"] = otp.ExpiresAt.ToString("O", CultureInfo.InvariantCulture),
            });
    }

    public HookResult AdvanceClock(JsonNode? body)
    {
        var node = (body as JsonObject)?["advanceSeconds"];
        if (node is null || node.GetValueKind() != JsonValueKind.Number || !node.GetValue<JsonElement>().TryGetDouble(out var seconds))
        {
            return HookResult.Fail(400, "field 'advanceSeconds' must be a number");
        }

        if (seconds < 0 || seconds > TimeSpan.FromDays(3650).TotalSeconds)
        {
            return HookResult.Fail(400, "field 'advanceSeconds' must be between 0 and 315360000 (the clock never moves backward)");
        }

        if (!server.Clock.TryAdvance(TimeSpan.FromSeconds(seconds), out var now))
        {
            return HookResult.Fail(400, ClockLimit.Refusal(seconds, now));
        }

        return HookResult.Ok(200, new JsonObject { ["now"] = now.ToString("O", CultureInfo.InvariantCulture) });
    }

    private (CustomerKey Key, string? Password, int Status, string? Error) ParseCustomer(JsonNode? node, int index)
    {
        if (node is not JsonObject item)
        {
            return (default, null, 400, $"customers[{index}] must be a JSON object");
        }

        string? Text(string field) => item[field] is { } v && v.GetValueKind() == JsonValueKind.String ? Api.JsonText.TryRead(v) : null;
        foreach (var field in new[] { "brand", "identifierType", "identifierValue" })
        {
            if (string.IsNullOrWhiteSpace(Text(field)))
            {
                return (default, null, 400, $"customers[{index}].{field} must be a non-empty string of valid text");
            }
        }

        if (item["password"] is { } p && (p.GetValueKind() != JsonValueKind.String || Api.JsonText.TryRead(p) is null))
        {
            return (default, null, 400, $"customers[{index}].password must be a string of valid text or null");
        }

        if (!IdentifierTypes.Contains(Text("identifierType"), StringComparer.Ordinal))
        {
            return (default, null, 400, $"customers[{index}].identifierType must be one of {string.Join(", ", IdentifierTypes)}");
        }

        var brand = Text("brand")!;
        if (server.Directory.FindBrand(brand) is null)
        {
            return (default, null, 404, $"customers[{index}].brand '{brand}' does not exist; create it with PUT /__harness/v1/brands/{{brand}}");
        }

        return (CustomerKey.Create(brand, Text("identifierType")!, Text("identifierValue")!), Text("password"), 0, null);
    }
}
