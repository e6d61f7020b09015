using MfaConformance.ReferenceServer.Api;
using MfaConformance.ReferenceServer.Config;
using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.ReferenceServer.State;

namespace MfaConformance.ReferenceServer.Flows;

/// <summary>Small rules shared by the MFA flows.</summary>
internal static class MfaRules
{
    public static bool PasswordEnabled(BrandConfig config, ActiveMutant mutant, MutantEndpoint endpoint) =>
        config.Bool(ConfigKeys.MfaPasswordEnabled) || mutant.Skips(MutantCheck.PasswordDisabled, endpoint);

    public static void RequirePasswordEnabled(BrandConfig config, ActiveMutant mutant, MutantEndpoint endpoint)
    {
        if (!PasswordEnabled(config, mutant, endpoint))
        {
            throw new ApiException(ErrorCodes.PasswordNotEnabled);
        }
    }

    /// <summary>EXTERNALID is accepted only with CONF_EXTERNAL_ID_LOGIN_ENABLED (1546 otherwise).</summary>
    public static void CheckExternalId(Identity identity, BrandConfig config)
    {
        if (identity.IdentifierType == "EXTERNALID" && !config.Bool(ConfigKeys.ExternalIdLogin))
        {
            throw new ApiException(ErrorCodes.InvalidIdentifierType, "EXTERNALID needs CONF_EXTERNAL_ID_LOGIN_ENABLED");
        }
    }

    public static bool IsRegistered(Customer customer)
    {
        lock (customer)
        {
            return customer.MfaPasswordHash is not null;
        }
    }

    public static BrandConfig ConfigOf(ServerContext server, Identity identity) =>
        server.Directory.FindBrand(identity.Brand)?.Config ?? BrandConfig.Defaults;

    public static void Consume(ServerContext server, Session session)
    {
        if (!server.Mutant.Is(MutantNames.SessionNotConsumed))
        {
            session.Consumed = true;
        }
    }

    /// <summary>Stores a new MFA password hash (persisted); the previous one is kept only for the mutant.</summary>
    public static void Commit(ServerContext server, Customer customer, string hash)
    {
        lock (customer)
        {
            customer.PreviousMfaPasswordHash = customer.MfaPasswordHash;
            customer.MfaPasswordHash = hash;
            customer.MfaLockedUntil = null;
            server.Directory.Save(customer);
        }

        server.Attempts.Reset(customer.Key, AttemptKind.MfaPassword);
    }

    /// <summary>CONF_MFA_TOKEN_EXPIRY_IN_MINUTES (the mfa-token-capped-by-session-lifetime mutant caps it by the MFA session's).</summary>
    public static TimeSpan MfaTokenLifetime(ServerContext server, BrandConfig config)
    {
        var lifetime = config.Minutes(ConfigKeys.MfaTokenExpiry);
        var session = config.Minutes(ConfigKeys.MfaSessionExpiry);
        return server.Mutant.Is(ExplorerMutantNames.MfaTokenCappedBySessionLifetime) && session < lifetime ? session : lifetime;
    }

    /// <summary>T2 (role USER) and, unless CONF_REGENERATE_MFA_TOKEN is off, K2; mfa/password/validate adds the identifier list.</summary>
    public static ApiResponse IssueMfaToken(ServerContext server, Identity identity, Customer customer, BrandConfig config, MutantEndpoint endpoint)
    {
        var identifiers = endpoint == MutantEndpoint.MfaPasswordValidate;
        var keyAnyway = endpoint == MutantEndpoint.MfaOtpValidate && server.Mutant.Is(MutantNames.KeyIssuedDespiteFlagOnMfaOtpValidate);
        var bothFlags = !server.Mutant.Is(ExplorerMutantNames.MfaKeyNeedsBothRegenerateFlags) || config.Bool(ConfigKeys.RegenerateToken);
        var key = (config.Bool(ConfigKeys.RegenerateMfaToken) && bothFlags) || keyAnyway
            ? server.Tokens.IssueWithId(TokenKind.MfaKey, identity, customer.Generation, null)
            : default((string Token, string Id)?);
        var token = server.Tokens.Issue(TokenKind.MfaUser, identity, customer.Generation, MfaTokenLifetime(server, config), key?.Id);
        var user = new UserBody(false, null, "USER", IsRegistered(customer));
        return new ApiResponse(StatusBody.Ok, new AuthBody(token, key?.Token), user, identifiers ? new IdentifiersBody(null) : null);
    }
}
