namespace MfaConformance.ReferenceServer.State;

/// <summary>A customer is identified by brand (upper-cased) + identifierType + identifierValue.</summary>
internal readonly record struct CustomerKey(string Brand, string IdentifierType, string IdentifierValue)
{
    public static CustomerKey Create(string brand, string type, string value) => new(BrandNames.Normalize(brand), type, value);
}
