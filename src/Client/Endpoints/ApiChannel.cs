namespace MfaConformance.Client.Endpoints;

/// <summary>The form of a primary-flow endpoint: mobile (<c>/auth/v1/...</c>) or web (<c>/auth/v1/web/...</c>).</summary>
public enum ApiChannel
{
    Mobile,
    Web,
}
