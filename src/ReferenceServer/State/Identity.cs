namespace MfaConformance.ReferenceServer.State;

/// <summary>The identity fields of a call. Brand is stored upper-cased; DeviceId is null on web calls.</summary>
internal sealed record Identity(string Brand, string IdentifierType, string IdentifierValue, string? DeviceId)
{
    public CustomerKey Customer => new(Brand, IdentifierType, IdentifierValue);
}
