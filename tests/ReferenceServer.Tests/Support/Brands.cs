namespace MfaConformance.ReferenceServer.Tests.Support;

/// <summary>Unique brand names so tests sharing a server never see each other's configuration.</summary>
internal static class Brands
{
    public static string Unique() => "Brand" + Guid.NewGuid().ToString("N")[..10];
}
