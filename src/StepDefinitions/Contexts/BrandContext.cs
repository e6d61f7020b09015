namespace MfaConformance.StepDefinitions.Contexts;

/// <summary>The brand under test (B1/B2) and the second brand (B3) of the scenario.</summary>
public sealed class BrandContext
{
    public string? Brand { get; set; }

    public string? SecondBrand { get; set; }

    public string RequireBrand() =>
        Brand ?? throw new InvalidOperationException("The scenario has no brand under test yet: start it with 'the brand has the default MFA password configuration' or 'a brand with:'.");

    public string RequireSecondBrand() =>
        SecondBrand ?? throw new InvalidOperationException("The scenario has no second brand: add 'a second brand with the default MFA password configuration'.");
}
