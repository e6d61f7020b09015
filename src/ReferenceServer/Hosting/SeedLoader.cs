using System.Text.Json;
using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Flows;

namespace MfaConformance.ReferenceServer.Hosting;

/// <summary>
/// Loads a seed file: <c>{"brands":{"BUKL":{"IS_MFA_PASSWORD_ENABLED":true}},"customers":[{"brand":"BUKL","identifierType":"MOBILE","identifierValue":"91...","password":null}]}</c>.
/// </summary>
internal static class SeedLoader
{
    public static void Load(string path, SandboxHooks hooks)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Seed file '{path}' is not valid JSON (line {ex.LineNumber + 1}).", ex);
        }

        if (root is not JsonObject obj)
        {
            throw new InvalidOperationException($"Seed file '{path}' must hold a JSON object with 'brands' and 'customers'.");
        }

        if (obj["brands"] is JsonObject brands)
        {
            foreach (var (name, config) in brands)
            {
                Check(hooks.PutBrand(name, config ?? new JsonObject()), path, $"brands.{name}");
            }
        }
        else if (obj["brands"] is not null)
        {
            throw new InvalidOperationException($"Seed file '{path}': 'brands' must be an object of brand name to configuration.");
        }

        if (obj["customers"] is { } customers)
        {
            Check(hooks.PutCustomers(customers.DeepClone()), path, "customers");
        }
    }

    private static void Check(HookResult result, string path, string where)
    {
        if (result.Error is not null)
        {
            throw new InvalidOperationException($"Seed file '{path}', {where}: {result.Error}");
        }
    }
}
