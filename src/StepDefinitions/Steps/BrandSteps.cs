using System.Text.Json;
using System.Text.Json.Nodes;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Drivers;
using MfaConformance.StepDefinitions.Target;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Steps;

/// <summary>B1–B3: the brand under test and private brands.</summary>
[Binding]
public sealed class BrandSteps(ProvisioningDriver provisioning, BrandContext brands)
{
    [Given("the brand has the default MFA password configuration")]
    public void GivenTheDefaultBrand() => provisioning.UseDefaultBrand();

    [Given("a brand with:")]
    public async Task GivenABrandWith(DataTable table) =>
        brands.Brand = await provisioning.CreatePrivateBrandAsync(ToConfiguration(table));

    [When("the brand's configuration changes to:")]
    public Task WhenTheBrandsConfigurationChanges(DataTable table) =>
        provisioning.ReconfigurePrivateBrandAsync(brands.RequireBrand(), ToConfiguration(table));

    [Given("a second brand with the default MFA password configuration")]
    public async Task GivenASecondBrand() =>
        brands.SecondBrand = await provisioning.CreatePrivateBrandAsync(DefaultBrandConfiguration.Create());

    /// <summary>Rows "| key | value |"; a value is a JSON literal when it parses (true, 3, null), otherwise a string.</summary>
    public static JsonObject ToConfiguration(DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var configuration = new JsonObject();
        foreach (var row in table.Rows)
        {
            configuration[row["key"]] = ParseValue(row["value"]);
        }

        return configuration;
    }

    private static JsonNode? ParseValue(string text)
    {
        try
        {
            return JsonNode.Parse(text) switch
            {
                null => null,
                JsonValue value => value,
                _ => JsonValue.Create(text),
            };
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
