using MfaConformance.ReferenceServer.Api;
using MfaConformance.ReferenceServer.Config;
using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.ReferenceServer.State;

namespace MfaConformance.ReferenceServer.Flows;

/// <summary>The checks shared by every flow: brand, identity match, session, token and key validity.</summary>
internal sealed class FlowGuards(ServerContext server)
{
    /// <summary>The margin the lifetime-grace mutants add to every session or MFA token lifetime.</summary>
    private static readonly TimeSpan MutantGrace = TimeSpan.FromSeconds(30);

    public Brand RequireBrand(Identity identity) =>
        server.Directory.FindBrand(identity.Brand) ?? throw new ApiException(ErrorCodes.UnableToGenerateToken, "unsupported brand");

    /// <summary>Brand (1509), identifier (<paramref name="identifierCode"/>) and device (1508) must match what was bound.</summary>
    public void Match(Identity bound, Identity given, MutantEndpoint endpoint, int identifierCode = ErrorCodes.IdentifierMismatch)
    {
        if (bound.Brand != given.Brand && !server.Mutant.Skips(MutantCheck.Brand, endpoint)
            && !(server.Mutant.Is(ExplorerMutantNames.BrandCheckedOnlyWhereCustomerExists) && server.Directory.Find(given.Customer) is null))
        {
            throw new ApiException(ErrorCodes.BrandMismatch);
        }

        var typeDiffers = bound.IdentifierType != given.IdentifierType && !server.Mutant.Is(MutantNames.IdentifierTypeNotCompared);
        var valueDiffers = !Same(bound.IdentifierValue, given.IdentifierValue, ExplorerMutantNames.IdentifierValuePrefix, ExplorerMutantNames.IdentifierValueIgnoresCase, ExplorerMutantNames.IdentifierValueTrimmed);
        if ((typeDiffers || valueDiffers) && !server.Mutant.Skips(MutantCheck.Identifier, endpoint))
        {
            throw new ApiException(identifierCode);
        }

        if (!Same(bound.DeviceId, given.DeviceId, ExplorerMutantNames.DeviceIdPrefix, ExplorerMutantNames.DeviceIdIgnoresCase, null)
            && !server.Mutant.Skips(MutantCheck.Device, endpoint))
        {
            throw new ApiException(ErrorCodes.DeviceMismatch);
        }
    }

    /// <summary>An identity field equals the bound one: ordinally, or as one of the explorer's comparison mutants compares.</summary>
    private bool Same(string? bound, string? given, string prefixMutant, string? ignoreCaseMutant, string? trimMutant)
    {
        if (string.Equals(bound, given, StringComparison.Ordinal))
        {
            return true;
        }

        if (bound is null || given is null)
        {
            return false;
        }

        if (server.Mutant.Is(prefixMutant))
        {
            var shorter = Math.Min(bound.Length, given.Length);
            return shorter > 0 && string.CompareOrdinal(bound, 0, given, 0, shorter) == 0;
        }

        return (ignoreCaseMutant is not null && server.Mutant.Is(ignoreCaseMutant) && string.Equals(bound, given, StringComparison.OrdinalIgnoreCase))
            || (trimMutant is not null && server.Mutant.Is(trimMutant) && string.Equals(bound.Trim(), given.Trim(), StringComparison.Ordinal));
    }

    /// <summary>An unknown, expired, consumed, reset or wrong-kind session gives 1505; a locked one its lock code.</summary>
    public Session RequireSession(string id, SessionKind kind, MutantEndpoint endpoint)
    {
        var session = server.Sessions.Find(id) ?? throw new ApiException(ErrorCodes.InvalidSession);
        var kindAccepted = session.Kind == kind
            || (endpoint is MutantEndpoint.MfaOtpGenerate or MutantEndpoint.MfaOtpValidate && server.Mutant.Is(MutantNames.PrimarySessionForMfaOtp));
        var expiresAt = session.ExpiresAt + (server.Mutant.Is(MutantNames.SessionLifetimeGrace) ? MutantGrace : TimeSpan.Zero);
        var expired = server.Now >= expiresAt && !server.Mutant.Skips(MutantCheck.SessionExpiry, endpoint);
        var customer = server.Directory.Find(session.Identity.Customer);
        if (!kindAccepted || expired || session.Consumed || customer is null || customer.Generation != session.Generation)
        {
            throw new ApiException(ErrorCodes.InvalidSession);
        }

        if (session.LockedWith is { } code)
        {
            throw new ApiException(code);
        }

        return session;
    }

    /// <summary>A token that is malformed, tampered, unknown, of the wrong kind, revoked or expired gives 1529.</summary>
    public TokenRecord RequireToken(string token, TokenKind required, MutantEndpoint endpoint)
    {
        var record = server.Tokens.Resolve(token) ?? throw new ApiException(ErrorCodes.TokenExpired);
        var mfaUser = required == TokenKind.MfaUser;
        var kindAccepted = record.Kind == required
            || (mfaUser && record.Kind == TokenKind.MfaView && server.Mutant.Is(MutantNames.ViewTokenAsMfaToken))
            || (mfaUser && record.Kind == TokenKind.PrimaryUser && server.Mutant.Is(MutantNames.PrimaryTokenAsMfaToken))
            || (mfaUser && record.Kind == TokenKind.MfaKey && server.Mutant.Is(MutantNames.MfaKeyAsMfaToken));
        var grace = mfaUser && server.Mutant.Is(MutantNames.TokenLifetimeGrace) ? MutantGrace : TimeSpan.Zero;
        var expired = record.ExpiresAt + grace <= server.Now && !server.Mutant.Skips(MutantCheck.TokenExpiry, endpoint);
        if (!kindAccepted || expired || record.Revoked || IsStale(record))
        {
            throw new ApiException(ErrorCodes.TokenExpired);
        }

        return record;
    }

    /// <summary>A key that is unknown, tampered or of the other flow gives 1525; one past its configured expiry 1597.</summary>
    public TokenRecord RequireKey(string key, TokenKind required, Identity given, BrandConfig config)
    {
        var record = server.Tokens.Resolve(key);
        if (server.Mutant.Is(MutantNames.AcceptAnyKey))
        {
            return record ?? new TokenRecord("any", required, given, server.Directory.Find(given.Customer)?.Generation ?? 0, server.Now, null);
        }

        var kindAccepted = record?.Kind == required
            || (required == TokenKind.MfaKey && record?.Kind == TokenKind.PrimaryKey && server.Mutant.Is(MutantNames.PrimaryKeyRegeneratesMfaToken));
        if (record is null || !kindAccepted || record.Revoked || IsStale(record))
        {
            throw new ApiException(ErrorCodes.CannotRegenerate);
        }

        var lifetime = required == TokenKind.MfaKey
            ? server.Mutant.Is(MutantNames.KeyExpiryIgnoresConfig) ? TimeSpan.FromMinutes(60) : config.Minutes(ConfigKeys.MfaKeyExpiry)
            : config.Minutes(server.Mutant.Is(ExplorerMutantNames.PrimaryKeyExpiryFromMfaSetting) ? ConfigKeys.MfaKeyExpiry : ConfigKeys.KeyExpiry);
        var restarts = server.Mutant.Is(ExplorerMutantNames.KeyExpiryRestartsOnRegeneration);
        var from = restarts ? record.LastUsedAt ?? record.IssuedAt : record.IssuedAt;
        if (config.Bool(ConfigKeys.KeyExpiryEnabled) && server.Now >= from + lifetime)
        {
            throw new ApiException(ErrorCodes.KeyExpired);
        }

        return record;
    }

    /// <summary>A regeneration the key served succeeded (the key-expiry-restarts-on-regeneration mutant restarts its lifetime).</summary>
    public void KeyServed(TokenRecord key)
    {
        if (server.Mutant.Is(ExplorerMutantNames.KeyExpiryRestartsOnRegeneration))
        {
            key.LastUsedAt = server.Now;
        }
    }

    public Customer RequireCustomer(Identity identity) =>
        server.Directory.Find(identity.Customer) ?? throw new ApiException(ErrorCodes.UserDoesNotExist);

    private bool IsStale(TokenRecord record) =>
        server.Directory.Find(record.Identity.Customer) is not { } customer || customer.Generation != record.Generation;
}
