using MfaConformance.ReferenceServer.Api;
using MfaConformance.ReferenceServer.Config;
using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.ReferenceServer.State;

namespace MfaConformance.ReferenceServer.Flows;

/// <summary>MFA tokens: mfa/token/regenerate (K2 → new T2) and mfa/token/expire (revokes T2).</summary>
internal sealed class MfaTokenFlow(ServerContext server, FlowGuards guards)
{
    public ApiResponse Regenerate(RequestBody body)
    {
        var identity = IdentityReader.Read(body, mfa: true);
        var key = body.Required("key");
        var brand = guards.RequireBrand(identity);
        var record = guards.RequireKey(key, TokenKind.MfaKey, identity, brand.Config);
        guards.Match(record.Identity, identity, MutantEndpoint.MfaTokenRegenerate);
        var customer = guards.RequireCustomer(identity);
        var token = server.Tokens.Issue(TokenKind.MfaUser, identity, customer.Generation, RegeneratedLifetime(record, brand.Config), record.Id);
        guards.KeyServed(record);
        return new ApiResponse(StatusBody.Ok, new AuthBody(token, null), new UserBody(false, null, "USER", MfaRules.IsRegistered(customer)));
    }

    /// <summary>
    /// A fresh CONF_MFA_TOKEN_EXPIRY_IN_MINUTES. The regenerated-token-keeps-old-expiry mutant keeps the end of the T2
    /// issued with K2 (the key's issue plus the token lifetime), which every token regenerated from the key inherits.
    /// </summary>
    private TimeSpan RegeneratedLifetime(TokenRecord key, BrandConfig config) =>
        server.Mutant.Is(ExplorerMutantNames.RegeneratedTokenKeepsOldExpiry)
            ? key.IssuedAt + config.Minutes(ConfigKeys.MfaTokenExpiry) - server.Now
            : MfaRules.MfaTokenLifetime(server, config);

    /// <summary>Revokes T2 (DELETE, or POST as the resource table says, #7).</summary>
    public ApiResponse Expire(RequestBody body, bool post = false)
    {
        var identity = IdentityReader.Read(body, mfa: true);
        var token = body.Required("token");
        _ = guards.RequireBrand(identity);
        if (server.Tokens.Resolve(token) is { Kind: TokenKind.MfaUser, Revoked: true } revoked)
        {
            // Already expired by an earlier call: "Unable to expire token."
            guards.Match(revoked.Identity, identity, MutantEndpoint.MfaTokenExpire);
            throw new ApiException(ErrorCodes.UnableToExpireToken, "the token was already expired");
        }

        var record = guards.RequireToken(token, TokenKind.MfaUser, MutantEndpoint.MfaTokenExpire);
        guards.Match(record.Identity, identity, MutantEndpoint.MfaTokenExpire);
        if (!server.Mutant.Is(MutantNames.ExpireDoesNotRevoke) && !(post && server.Mutant.Is(ExplorerMutantNames.ExpireByPostDoesNotRevoke)))
        {
            record.Revoked = true;
            server.Tokens.Revoke(record.LinkedKeyId);
        }

        return new ApiResponse(new StatusBody(true, 200, "Token expired successfully"));
    }
}
