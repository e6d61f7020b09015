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
        var session = guards.RequireSession(sessionId, SessionKind.Mfa, MutantEndpoint.MfaPasswordValidate);
        guards.Match(session.Identity, identity, MutantEndpoint.MfaPasswordValidate);
        var config = MfaRules.ConfigOf(server, session.Identity);
        MfaRules.RequirePasswordEnabled(config, server.Mutant, MutantEndpoint.MfaPasswordValidate);
        var customer = guards.RequireCustomer(session.Identity);
        lock (session)
        {
            _ = guards.RequireSession(sessionId, SessionKind.Mfa, MutantEndpoint.MfaPasswordValidate);
            credentials.VerifyPassword(session, customer, password, config, MutantEndpoint.MfaPasswordValidate);
            MfaRules.Consume(server, session);
        }

        return MfaRules.IssueMfaToken(server, session.Identity, customer, config, MutantEndpoint.MfaPasswordValidate);
    }

    public ApiResponse Forget(RequestBody body)
    {
        var identity = IdentityReader.Read(body, mfa: true);
        var sessionId = body.Required("sessionId");
        var password = PasswordField(body, "password");
        var confirm = PasswordField(body, "confirmPassword");
        _ = guards.RequireBrand(identity);
        var session = guards.RequireSession(sessionId, SessionKind.Mfa, MutantEndpoint.MfaPasswordForget);
        guards.Match(session.Identity, identity, MutantEndpoint.MfaPasswordForget);
        var config = MfaRules.ConfigOf(server, session.Identity);
        MfaRules.RequirePasswordEnabled(config, server.Mutant, MutantEndpoint.MfaPasswordForget);
        var customer = guards.RequireCustomer(session.Identity);
        var ownOtpRequired = RequireRecentOtp(customer, session.Identity, config);
        var hash = server.Passwords.Hash(PasswordRules.CheckNew(password, confirm, config, server.Mutant, MutantEndpoint.MfaPasswordForget));
        lock (session)
        {
            _ = guards.RequireSession(sessionId, SessionKind.Mfa, MutantEndpoint.MfaPasswordForget);
            CredentialCommits.CommitReset(server, customer, session.Identity, config, ownOtpRequired, hash);
            MfaRules.Consume(server, session);
        }

        return ApiResponse.Ok();
    }

    public ApiResponse Change(RequestBody body) => ChangeMfa(body, IdentityReader.Read(body, mfa: true), body.Required("token"), MutantEndpoint.MfaPasswordChange);

    /// <summary>/auth/v1/password/change: a primary T1 changes the primary password; a T2 changes the MFA password (alias, #3).</summary>
    public ApiResponse ChangeAlias(RequestBody body)
    {
        var identity = IdentityReader.Read(body, mfa: false);
        var token = body.Required("token");
        _ = guards.RequireBrand(identity);
        var record = server.Tokens.Resolve(token);
        return record?.Kind == TokenKind.PrimaryUser
            ? ChangePrimary(body, identity, guards.RequireToken(token, TokenKind.PrimaryUser, MutantEndpoint.PasswordChange))
            : ChangeMfa(body, identity, token, MutantEndpoint.PasswordChange);
    }

    private ApiResponse ChangeMfa(RequestBody body, Identity identity, string token, MutantEndpoint endpoint)
    {
        var current = body.Required("password");
        var newPassword = PasswordField(body, "newPassword");
        var confirm = PasswordField(body, "confirmPassword");
        _ = guards.RequireBrand(identity);
        var record = guards.RequireToken(token, TokenKind.MfaUser, endpoint);
        guards.Match(record.Identity, identity, endpoint);
        var config = MfaRules.ConfigOf(server, record.Identity);
        MfaRules.RequirePasswordEnabled(config, server.Mutant, endpoint);
        var customer = guards.RequireCustomer(record.Identity);
        var (read, hash) = VerifyCurrentAndHashNew(customer, c => c.MfaPasswordHash, "no MFA password is registered", current, newPassword, confirm, config, endpoint);
        CredentialCommits.CommitMfaIfUnchanged(server, customer, read, hash);
        return ApiResponse.Ok();
    }

    private ApiResponse ChangePrimary(RequestBody body, Identity identity, TokenRecord record)
    {
        var current = body.Required("password");
        var newPassword = PasswordField(body, "newPassword");
        var confirm = PasswordField(body, "confirmPassword");
        guards.Match(record.Identity, identity, MutantEndpoint.PasswordChange);
        var customer = guards.RequireCustomer(record.Identity);
        var (read, hash) = VerifyCurrentAndHashNew(customer, c => c.PrimaryPasswordHash, null, current, newPassword, confirm, mfaConfig: null, MutantEndpoint.PasswordChange);
        CredentialCommits.CommitPrimaryIfUnchanged(server, customer, read, hash);
        return ApiResponse.Ok();
    }

    /// <summary>
    /// Change password, both flows: the stored hash must exist (1523) and match <paramref name="current"/> (1528), the
    /// new password must differ (1527) and pass the rules (1521, 1542); returns the hash it read and the new hash.
    /// </summary>
    private (string Read, string Hash) VerifyCurrentAndHashNew(
        Customer customer, Func<Customer, string?> storedHash, string? noPasswordDetail, string current, string newPassword, string confirm, BrandConfig? mfaConfig, MutantEndpoint endpoint)
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

        var skipCurrent = endpoint == MutantEndpoint.PasswordChange && mfaConfig is not null && server.Mutant.Is(MutantNames.AliasSkipsCurrentPassword);
        if (!skipCurrent && !server.Passwords.Verify(stored, current))
        {
            throw new ApiException(ErrorCodes.WrongPassword);
        }

        CheckNotSame(current, newPassword, endpoint);
        return (stored, server.Passwords.Hash(PasswordRules.CheckNew(newPassword, confirm, mfaConfig, server.Mutant, endpoint)));
    }

    private void CheckNotSame(string current, string newPassword, MutantEndpoint endpoint)
    {
        var comparison = server.Mutant.Is(ExplorerMutantNames.SamePasswordIgnoresCase) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (string.Equals(current, newPassword, comparison) && !server.Mutant.Skips(MutantCheck.SamePassword, endpoint))
        {
            throw new ApiException(ErrorCodes.SamePassword);
        }
    }

    /// <summary>
    /// By default a reset needs an MFA OTP validated by this identity within the MFA session lifetime (#9). Returns
    /// whether the commit must take that verification of the customer's own (<see cref="CredentialCommits.CommitReset"/>,
    /// so one OTP authorizes one reset); false when none is needed (or the mutant accepts another customer's).
    /// </summary>
    private bool RequireRecentOtp(Customer customer, Identity identity, BrandConfig config)
    {
        if (config.Bool(ConfigKeys.SkipOtpValidateReset) || server.Mutant.Is(MutantNames.ForgetWithoutOtp)
            || (server.Mutant.Is(ExplorerMutantNames.SkipOtpValidateLiftsResetOtp) && config.Bool(ConfigKeys.SkipOtpValidate)))
        {
            return false;
        }

        var anyCustomer = server.Mutant.Is(MutantNames.ForgetOtpOfAnyCustomer);
        var candidates = anyCustomer ? server.Directory.CustomersOf(identity.Brand) : [customer];
        if (!candidates.Any(c => CredentialCommits.HasRecentOtp(server, c, identity, config)))
        {
            throw new ApiException(ErrorCodes.UnableToResetPassword, "validate an MFA OTP first");
        }

        return !anyCustomer;
    }

    /// <summary>Missing gives 1519 naming the field; present but empty is left to the 1520 rule.</summary>
    private static string PasswordField(RequestBody body, string name) =>
        body.Optional(name) ?? throw ApiException.InvalidDetails($"field '{name}' is required");
}
