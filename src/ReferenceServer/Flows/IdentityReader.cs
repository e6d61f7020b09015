using MfaConformance.ReferenceServer.Api;
using MfaConformance.ReferenceServer.State;

namespace MfaConformance.ReferenceServer.Flows;

/// <summary>Reads and checks the identity fields of a request (1519 for a missing field, 1546 for a bad identifierType).</summary>
internal static class IdentityReader
{
    private static readonly string[] PrimaryTypes = ["MOBILE", "EMAIL", "USERNAME"];
    private static readonly string[] MfaTypes = ["MOBILE", "EMAIL", "USERNAME", "EXTERNALID"];

    public static Identity Read(RequestBody body, bool mfa, bool web = false)
    {
        var type = body.Required("identifierType");
        var value = body.Required("identifierValue");
        var device = web ? null : body.Required("deviceId");
        var brand = body.Required("brand");
        if (!(mfa ? MfaTypes : PrimaryTypes).Contains(type, StringComparer.Ordinal))
        {
            throw new ApiException(ErrorCodes.InvalidIdentifierType);
        }

        return new Identity(BrandNames.Normalize(brand), type, value, device);
    }
}
