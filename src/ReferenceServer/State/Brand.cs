using MfaConformance.ReferenceServer.Config;

namespace MfaConformance.ReferenceServer.State;

/// <summary>A brand (org), stored upper-cased, with its effective configuration.</summary>
internal sealed record Brand(string Name, BrandConfig Config);
