using MfaConformance.ReferenceServer.Api;
using MfaConformance.ReferenceServer.Config;
using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.ReferenceServer.State;

namespace MfaConformance.ReferenceServer.Flows;

/// <summary>The first factor (primary flow): token/generate, otp/generate, otp/validate, password/validate, token/regenerate.</summary>
internal sealed class FirstFactorFlow(ServerContext server, FlowGuards guards, CredentialChecks credentials)
{
    private static readonly TimeSpan PrimaryTokenLifetime = TimeSpan.FromMinutes(15);

    public ApiResponse GenerateToken(RequestBody body, bool web)
    {
        var identity = IdentityReader.Read(body, mfa: false, web);
        if (identity.IdentifierType == "USERNAME" && string.IsNullOrWhiteSpace(body.Optional("mobile")) && string.IsNullOrWhiteSpace(body.Optional("email")))
        {
            throw new ApiException(ErrorCodes.MobileOrEmailRequired);
        }

        var brand = guards.RequireBrand(identity);
        var password = body.Optional("password");
        var confirm = body.Optional("confirmPassword");
        var customer = server.Directory.GetOrCreate(identity.Customer);
        string? pendingHash = null;
        bool registered;
        lock (customer)
        {
            registered = customer.PrimaryPasswordHash is not null;
        }

        if (!registered && (password is not null || confirm is not null))
        {
            pendingHash = server.Passwords.Hash(PasswordRules.CheckNew(password, confirm, null, server.Mutant, MutantEndpoint.TokenGenerate));
        }

        var session = server.Sessions.Create(SessionKind.Primary, identity, customer.Generation, brand.Config.Minutes(ConfigKeys.TokenSessionExpiry));
        session.PendingPasswordHash = pendingHash;
        var token = server.Tokens.Issue(TokenKind.PrimaryView, identity, customer.Generation, brand.Config.Minutes(ConfigKeys.TokenSessionExpiry));
        return new ApiResponse(StatusBody.Ok, new AuthBody(token, null), new UserBody(false, session.Id, "VIEW", registered));
    }

    public ApiResponse GenerateOtp(RequestBody body, bool web)
    {
        var identity = IdentityReader.Read(body, mfa: false, web);
        var sessionId = body.Required("sessionId");
        _ = guards.RequireBrand(identity);
        var session = guards.RequireSession(sessionId, SessionKind.Primary, MutantEndpoint.OtpGenerate);
        guards.Match(session.Identity, identity, MutantEndpoint.OtpGenerate, ErrorCodes.SessionIdentifierMismatch);
        var config = ConfigOf(session);
        lock (session)
        {
            session.CurrentOtp = credentials.IssueOtp(session, config);
        }

        return ApiResponse.Ok();
    }

    public ApiResponse ValidateOtp(RequestBody body, bool web)
    {
        var identity = IdentityReader.Read(body, mfa: false, web);
        var sessionId = body.Required("sessionId");
        var otp = body.RequiredOtp("otp");
        _ = guards.RequireBrand(identity);
        var session = guards.RequireSession(sessionId, SessionKind.Primary, MutantEndpoint.OtpValidate);
        guards.Match(session.Identity, identity, MutantEndpoint.OtpValidate, ErrorCodes.SessionIdentifierMismatch);
        var config = ConfigOf(session);
        var customer = guards.RequireCustomer(session.Identity);
        lock (session)
        {
            _ = guards.RequireSession(sessionId, SessionKind.Primary, MutantEndpoint.OtpValidate);
            credentials.VerifyOtp(session, otp, config, MutantEndpoint.OtpValidate);
            Consume(session);
            if (session.PendingPasswordHash is { } pending)
            {
                lock (customer)
                {
                    customer.PrimaryPasswordHash ??= pending;
                    server.Directory.Save(customer);
                }
            }
        }

        return Issued(session.Identity, customer, config, web, identifiers: false);
    }

    public ApiResponse ValidatePassword(RequestBody body, bool web)
    {
        var identity = IdentityReader.Read(body, mfa: false, web);
        var sessionId = body.Required("sessionId");
        var password = body.Required("password");
        _ = guards.RequireBrand(identity);
        var session = guards.RequireSession(sessionId, SessionKind.Primary, MutantEndpoint.PasswordValidate);
        guards.Match(session.Identity, identity, MutantEndpoint.PasswordValidate);
        var config = ConfigOf(session);
        var customer = guards.RequireCustomer(session.Identity);
        lock (session)
        {
            _ = guards.RequireSession(sessionId, SessionKind.Primary, MutantEndpoint.PasswordValidate);
            credentials.VerifyPassword(session, customer, password, config, MutantEndpoint.PasswordValidate);
            Consume(session);
        }

        return Issued(session.Identity, customer, config, web, identifiers: true);
    }

    public ApiResponse RegenerateToken(RequestBody body, bool web)
    {
        var identity = IdentityReader.Read(body, mfa: false, web);
        var brand = guards.RequireBrand(identity);
        TokenRecord previous;
        if (web)
        {
            previous = server.Tokens.Resolve(body.Required("expiredToken")) is { Kind: TokenKind.PrimaryUser, Revoked: false } record
                ? record
                : throw new ApiException(ErrorCodes.CannotRegenerate);
        }
        else
        {
            previous = guards.RequireKey(body.Required("key"), TokenKind.PrimaryKey, identity, brand.Config);
        }

        guards.Match(previous.Identity, identity, MutantEndpoint.TokenRegenerate);
        var customer = guards.RequireCustomer(identity);
        var token = server.Tokens.Issue(TokenKind.PrimaryUser, identity, customer.Generation, PrimaryTokenLifetime);
        guards.KeyServed(previous);
        return new ApiResponse(StatusBody.Ok, new AuthBody(token, null), new UserBody(false, null, "USER", HasPrimaryPassword(customer)));
    }

    private ApiResponse Issued(Identity identity, Customer customer, BrandConfig config, bool web, bool identifiers)
    {
        var token = server.Tokens.Issue(TokenKind.PrimaryUser, identity, customer.Generation, PrimaryTokenLifetime);
        var key = web || !config.Bool(ConfigKeys.RegenerateToken)
            ? null
            : server.Tokens.Issue(TokenKind.PrimaryKey, identity, customer.Generation, null);
        var user = web ? null : new UserBody(false, null, "USER", HasPrimaryPassword(customer));
        return new ApiResponse(StatusBody.Ok, new AuthBody(token, key), user, identifiers ? new IdentifiersBody(null) : null);
    }

    private void Consume(Session session)
    {
        if (!server.Mutant.Is(MutantNames.SessionNotConsumed))
        {
            session.Consumed = true;
        }
    }

    private static bool HasPrimaryPassword(Customer customer)
    {
        lock (customer)
        {
            return customer.PrimaryPasswordHash is not null;
        }
    }

    private BrandConfig ConfigOf(Session session) => server.Directory.FindBrand(session.Identity.Brand)?.Config ?? BrandConfig.Defaults;
}
