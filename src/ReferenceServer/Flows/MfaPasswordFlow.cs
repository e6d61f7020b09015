using MfaConformance.ReferenceServer.Api;
using MfaConformance.ReferenceServer.Config;
using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.ReferenceServer.State;

namespace MfaConformance.ReferenceServer.Flows;

/// <summary>MFA passwords: mfa/password/validate, mfa/password/forget and mfa/password/change (plus the password/change alias).</summary>
internal sealed class MfaPasswordFlow(ServerContext server, FlowGuards guards, CredentialChecks credentials)
{
    public ApiResponse Validate(RequestBody body)
    {
        var identity = IdentityReader.Read(body, mfa: true);
        var sessionId = body.Required("sessionId");
        var password = body.Required("password");
        _ = guards.RequireBrand(identity);
        var session = guards.RequireSession(sessionId, SessionKind.Mfa);
        guards.Match(session.Identity, identity);
        var config = MfaRules.ConfigOf(server, session.Identity);
        MfaRules.RequirePasswordEnabled(config, server.Mutant);
        var customer = guards.RequireCustomer(session.Identity);
        lock (session)
        {
            _ = guards.RequireSession(sessionId, SessionKind.Mfa);
            credentials.VerifyPassword(session, customer, password, config);
            MfaRules.Consume(server, session);
        }

        return MfaRules.IssueMfaToken(server, session.Identity, customer, config, identifiers: true);
    }

    public ApiResponse Forget(RequestBody body)
    {
        var identity = IdentityReader.Read(body, mfa: true);
        var sessionId = body.Required("sessionId");
        var password = PasswordField(body, "password");
        var confirm = PasswordField(body, "confirmPassword");
        _ = guards.RequireBrand(identity);
        var session = guards.RequireSession(sessionId, SessionKind.Mfa);
        guards.Match(session.Identity, identity);
        var config = MfaRules.ConfigOf(server, session.Identity);
        MfaRules.RequirePasswordEnabled(config, server.Mutant);
        var customer = guards.RequireCustomer(session.Identity);
        var otpRequired = RequireRecentOtp(customer, session.Identity, config);
        var hash = server.Passwords.Hash(PasswordRules.CheckNew(password, confirm, config, server.Mutant));
        lock (session)
        {
            _ = guards.RequireSession(sessionId, SessionKind.Mfa);
            CredentialCommits.CommitReset(server, customer, session.Identity, config, otpRequired, hash);
            MfaRules.Consume(server, session);
        }

        return ApiResponse.Ok();
    }

    public ApiResponse Change(RequestBody body) => ChangeMfa(body, IdentityReader.Read(body, mfa: true), body.Required("token"));

    /// <summary>/auth/v1/password/change: a primary T1 changes the primary password; a T2 changes the MFA password (alias, #3).</summary>
    public ApiResponse ChangeAlias(RequestBody body)
    {
        var identity = IdentityReader.Read(body, mfa: false);
        var token = body.Required("token");
        _ = guards.RequireBrand(identity);
        var record = server.Tokens.Resolve(token);
        return record?.Kind == TokenKind.PrimaryUser
            ? ChangePrimary(body, identity, guards.RequireToken(token, TokenKind.PrimaryUser))
            : ChangeMfa(body, identity, token);
    }

    private ApiResponse ChangeMfa(RequestBody body, Identity identity, string token)
    {
        var current = body.Required("password");
        var newPassword = PasswordField(body, "newPassword");
        var confirm = PasswordField(body, "confirmPassword");
        _ = guards.RequireBrand(identity);
        var record = guards.RequireToken(token, TokenKind.MfaUser);
        guards.Match(record.Identity, identity);
        var config = MfaRules.ConfigOf(server, record.Identity);
        MfaRules.RequirePasswordEnabled(config, server.Mutant);
        var customer = guards.RequireCustomer(record.Identity);
        var (read, hash) = VerifyCurrentAndHashNew(customer, c => c.MfaPasswordHash, "no MFA password is registered", current, newPassword, confirm, config);
        CredentialCommits.CommitMfaIfUnchanged(server, customer, read, hash);
        return ApiResponse.Ok();
    }

    private ApiResponse ChangePrimary(RequestBody body, Identity identity, TokenRecord record)
    {
        var current = body.Required("password");
        var newPassword = PasswordField(body, "newPassword");
        var confirm = PasswordField(body, "confirmPassword");
        guards.Match(record.Identity, identity);
        var customer = guards.RequireCustomer(record.Identity);
        var (read, hash) = VerifyCurrentAndHashNew(customer, c => c.PrimaryPasswordHash, null, current, newPassword, confirm, mfaConfig: null);
        CredentialCommits.CommitPrimaryIfUnchanged(server, customer, read, hash);
        return ApiResponse.Ok();
    }

    /// <summary>
    /// Change password, both flows: the stored hash must exist (1523) and match <paramref name="current"/> (1528), the
    /// new password must differ (1527) and pass the rules (1521, 1542); returns the hash it read and the new hash.
    /// </summary>
    private (string Read, string Hash) VerifyCurrentAndHashNew(
        Customer customer, Func<Customer, string?> storedHash, string? noPasswordDetail, string current, string newPassword, string confirm, BrandConfig? mfaConfig)
    {
        string? stored;
        lock (customer)
        {
            stored = storedHash(customer);
        }

        if (stored is null)
        {
            throw new ApiException(ErrorCodes.UnableToChangePassword, noPasswordDetail);
        }

        if (!server.Passwords.Verify(stored, current))
        {
            throw new ApiException(ErrorCodes.WrongPassword);
        }

        CheckNotSame(current, newPassword);
        return (stored, server.Passwords.Hash(PasswordRules.CheckNew(newPassword, confirm, mfaConfig, server.Mutant)));
    }

    private void CheckNotSame(string current, string newPassword)
    {
        if (string.Equals(current, newPassword, StringComparison.Ordinal) && !server.Mutant.Is(MutantNames.AllowSamePassword))
        {
            throw new ApiException(ErrorCodes.SamePassword);
        }
    }

    /// <summary>By default a reset needs an MFA OTP validated by this identity within the MFA session lifetime (#9); returns whether it does.</summary>
    private bool RequireRecentOtp(Customer customer, Identity identity, BrandConfig config)
    {
        if (config.Bool(ConfigKeys.SkipOtpValidateReset) || server.Mutant.Is(MutantNames.ForgetWithoutOtp))
        {
            return false;
        }

        return CredentialCommits.HasRecentOtp(server, customer, identity, config)
            ? true
            : throw new ApiException(ErrorCodes.UnableToResetPassword, "validate an MFA OTP first");
    }

    /// <summary>Missing gives 1519 naming the field; present but empty is left to the 1520 rule.</summary>
    private static string PasswordField(RequestBody body, string name) =>
        body.Optional(name) ?? throw ApiException.InvalidDetails($"field '{name}' is required");
}
