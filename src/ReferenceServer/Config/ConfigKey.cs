using System.Text.Json.Nodes;

namespace MfaConformance.ReferenceServer.Config;

/// <summary>One documented brand configuration key (spec section 4) with its type and documented default.</summary>
internal sealed record ConfigKey(string Name, ConfigValueKind Kind, JsonNode? Default, int Min = 0, int Max = int.MaxValue);
