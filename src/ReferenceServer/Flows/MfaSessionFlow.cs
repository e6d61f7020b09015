using MfaConformance.ReferenceServer.Api;
using MfaConformance.ReferenceServer.Config;
using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.ReferenceServer.State;

namespace MfaConformance.ReferenceServer.Flows;

/// <summary>The MFA session: mfa/token/generate, mfa/otp/generate and mfa/otp/validate.</summary>
internal sealed class MfaSessionFlow(ServerContext server, FlowGuards guards, CredentialChecks credentials)
{
    public ApiResponse GenerateToken(RequestBody body)
    {
        var identity = IdentityReader.Read(body, mfa: true);
        var authorizedToken = body.Required("authorizedToken");
        var brand = guards.RequireBrand(identity);
        MfaRules.CheckExternalId(identity, brand.Config);
        var primary = guards.RequireToken(authorizedToken, TokenKind.PrimaryUser, MutantEndpoint.MfaTokenGenerate);
        guards.Match(primary.Identity, identity, MutantEndpoint.MfaTokenGenerate);
        var customer = guards.RequireCustomer(identity);
        if (server.Mutant.Is(MutantNames.NewSessionClearsAccountLock))
        {
            lock (customer)
            {
                customer.MfaLockedUntil = null;
            }
        }

        var password = body.Optional("password");
        var confirm = body.Optional("confirmPassword");
        var enabled = MfaRules.PasswordEnabled(brand.Config, server.Mutant, MutantEndpoint.MfaTokenGenerate);
        var registered = MfaRules.IsRegistered(customer);
        if (!enabled && (password is not null || confirm is not null))
        {
            throw new ApiException(ErrorCodes.PasswordNotEnabled);
        }

        string? pending = null;
        var mustSendPassword = enabled && !registered && !server.Mutant.Is(MutantNames.NoFirstTimePasswordCheck);
        if (enabled && !registered && (mustSendPassword || password is not null || confirm is not null))
        {
            pending = server.Passwords.Hash(PasswordRules.CheckNew(password, confirm, brand.Config, server.Mutant, MutantEndpoint.MfaTokenGenerate));
        }

        var lifetime = server.Mutant.Is(MutantNames.MfaSessionLifetimeIgnoresConfig) ? TimeSpan.FromMinutes(15) : brand.Config.Minutes(ConfigKeys.MfaSessionExpiry);
        var session = server.Sessions.Create(SessionKind.Mfa, identity, customer.Generation, lifetime);
        if (pending is not null && (brand.Config.Bool(ConfigKeys.SkipOtpValidate) || server.Mutant.Is(MutantNames.FirstTimePasswordWithoutOtp)))
        {
            MfaRules.Commit(server, customer, pending);
            registered = true;
        }
        else
        {
            session.PendingPasswordHash = pending;
        }

        var view = server.Tokens.Issue(TokenKind.MfaView, identity, customer.Generation, brand.Config.Minutes(ConfigKeys.MfaTokenSessionExpiry));
        return new ApiResponse(StatusBody.Ok, new AuthBody(view, null), new UserBody(false, session.Id, "VIEW", registered));
    }

    public ApiResponse GenerateOtp(RequestBody body)
    {
        var identity = IdentityReader.Read(body, mfa: true);
        var sessionId = body.Required("sessionId");
        _ = guards.RequireBrand(identity);
        if (server.Mutant.Is(MutantNames.OtpGenerateUnlocksSession) && server.Sessions.Find(sessionId) is { } locked)
        {
            locked.LockedWith = null;
        }

        var session = guards.RequireSession(sessionId, SessionKind.Mfa, MutantEndpoint.MfaOtpGenerate);
        guards.Match(session.Identity, identity, MutantEndpoint.MfaOtpGenerate, ErrorCodes.SessionIdentifierMismatch);
        var config = MfaRules.ConfigOf(server, session.Identity);
        lock (session)
        {
            session.CurrentOtp = credentials.IssueOtp(session, config);
        }

        if (server.Mutant.Is(MutantNames.ForgetOtpOnGenerate) && server.Directory.Find(session.Identity.Customer) is { } customer)
        {
            lock (customer)
            {
                customer.MfaOtpVerifiedAt[session.Identity.DeviceId ?? string.Empty] = server.Now;
            }
        }

        return ApiResponse.Ok();
    }

    public ApiResponse ValidateOtp(RequestBody body)
    {
        var identity = IdentityReader.Read(body, mfa: true);
        var sessionId = body.Required("sessionId");
        var otp = body.RequiredOtp("otp");
        _ = guards.RequireBrand(identity);
        var session = guards.RequireSession(sessionId, SessionKind.Mfa, MutantEndpoint.MfaOtpValidate);
        guards.Match(session.Identity, identity, MutantEndpoint.MfaOtpValidate, ErrorCodes.SessionIdentifierMismatch);
        var config = MfaRules.ConfigOf(server, session.Identity);
        var customer = guards.RequireCustomer(session.Identity);
        lock (session)
        {
            _ = guards.RequireSession(sessionId, SessionKind.Mfa, MutantEndpoint.MfaOtpValidate);
            VerifyOtpOrCommitOnWrong(session, customer, otp, config);
            MfaRules.Consume(server, session);
            if (session.PendingPasswordHash is { } pending)
            {
                MfaRules.Commit(server, customer, pending);
                session.PendingPasswordHash = null;
            }

            lock (customer)
            {
                customer.MfaOtpVerifiedAt[session.Identity.DeviceId ?? string.Empty] = server.Now;
            }
        }

        return MfaRules.IssueMfaToken(server, session.Identity, customer, config, MutantEndpoint.MfaOtpValidate);
    }

    /// <summary>Checks the OTP; the first-time-password-on-wrong-otp mutant registers the pending password even when it fails.</summary>
    private void VerifyOtpOrCommitOnWrong(Session session, Customer customer, string otp, BrandConfig config)
    {
        try
        {
            credentials.VerifyOtp(session, otp, config, MutantEndpoint.MfaOtpValidate);
        }
        catch (ApiException) when (server.Mutant.Is(MutantNames.FirstTimePasswordOnWrongOtp) && session.PendingPasswordHash is { } pending)
        {
            MfaRules.Commit(server, customer, pending);
            throw;
        }
    }
}
