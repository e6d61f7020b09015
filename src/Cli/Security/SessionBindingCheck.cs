using MfaConformance.Client.Exchange;
using MfaConformance.Client.Requests;
using MfaConformance.Client.Responses;

namespace MfaConformance.Cli.Security;

/// <summary>
/// Check 5, session binding after MFA (ASVS 4.0 3.2.1, 3.7.1): the credentials after the second factor are new; a
/// half-authenticated credential (first factor only, the MFA session or its VIEW token, an unvalidated reset) never
/// changes the password; and what the old T2 and K2 do after a password change, which the documentation leaves open.
/// </summary>
internal static class SessionBindingCheck
{
    public const string Name = "session-binding";

    private const string Password = "Bind!Passw0rd-1";

    public static async Task<IReadOnlyList<SecurityCheckResult>> RunAsync(SecurityProbe probe, CancellationToken ct)
    {
        var p = probe.NewPerson();
        await probe.CreateAsync([p], Password, ct);
        if (await probe.MfaLoginAsync(p, Password, ct) is not { } login)
        {
            return [new() { Check = Name, Id = "5a", Item = "ASVS 4.0 3.2.1", Title = "New credentials after the second factor", Verdict = SecurityVerdict.NotRun, Figure = "the MFA login did not complete" }];
        }

        // the MFA session id is sent below as a token: from now on it is a credential, masked in every output
        probe.Connection.Redactor.Registry.Register(login.M);
        var renewed = new[] { login.T2 != login.T1, login.T2 != login.MfaView, login.K2 is null || login.K2 != login.K1 };
        var rows = new List<SecurityCheckResult>
        {
            new()
            {
                Check = Name, Id = "5a", Item = "ASVS 4.0 3.2.1", Title = "The token and key after the second factor differ from those before it",
                Verdict = renewed.All(r => r) ? SecurityVerdict.Pass : SecurityVerdict.Finding,
                Figure = $"T2 {(renewed[0] ? "differs from" : "EQUALS")} T1; T2 {(renewed[1] ? "differs from" : "EQUALS")} the MFA VIEW token; K2 {(renewed[2] ? "differs from" : "EQUALS")} K1",
                Method = "Exact comparison of the credentials of one MFA login.",
                Evidence = SecurityEvidence.Of(login.Validate.Exchange), Curl = SecurityEvidence.Curl(login.Validate.Exchange),
            },
        };

        // half-authenticated credentials against mfa/password/change
        var attempts = new List<(string What, ApiResponse Answer)>();
        foreach (var (what, token) in new[] { ("T1 (first factor only)", login.T1), ("the MFA VIEW token", login.MfaView), ("the MFA session id", login.M), ("K1", login.K1), ("K2", login.K2) })
        {
            if (token is not null)
            {
                attempts.Add((what, await probe.Api.MfaPasswordChangeAsync(new PasswordChangeRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, token, Password, "Bind!Changed-1", "Bind!Changed-1"), ct)));
            }
        }

        // an unvalidated reset: mfa/password/forget on an MFA session whose OTP was never validated
        ApiResponse? reset = null;
        if ((await probe.MfaTokenGenerateAsync(p, login.T1, null, ct)).User?.SessionId is { } m)
        {
            reset = await probe.Api.MfaPasswordForgetAsync(new PasswordForgetRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, m, "Bind!Reset-1", "Bind!Reset-1"), ct);
            attempts.Add(("an unvalidated reset (mfa/password/forget without the MFA OTP)", reset));
        }

        var still = await probe.MfaLoginAsync(p, Password, ct);
        var accepted = attempts.Where(a => a.Answer.IsSuccess).Select(a => a.What).ToList();
        var firstAccepted = attempts.FirstOrDefault(a => a.Answer.IsSuccess).Answer?.Exchange;
        rows.Add(new()
        {
            Check = Name,
            Id = "5b",
            Item = "ASVS 4.0 3.7.1; WSTG-ATHN-09",
            Title = "A half-authenticated credential never changes the password",
            Verdict = accepted.Count > 0 || still is null ? SecurityVerdict.Finding : SecurityVerdict.Pass,
            Figure = accepted.Count == 0
                ? $"{attempts.Count} of {attempts.Count} refused ({string.Join("; ", attempts.Select(a => a.What))}); the password still logs in"
                : $"accepted: {string.Join("; ", accepted)}{(still is null ? "; the password no longer logs in" : string.Empty)}",
            Method = "Each credential short of a completed second factor is sent as the token of mfa/password/change; exact.",
            Evidence = SecurityEvidence.Of(firstAccepted ?? attempts.FirstOrDefault().Answer?.Exchange),
            Curl = SecurityEvidence.Curl(firstAccepted ?? attempts.FirstOrDefault().Answer?.Exchange),
        });

        rows.Add(await AfterChangeAsync(probe, still ?? login, p, ct));
        return rows;
    }

    /// <summary>After a password change: does the old T2 still expire (i.e. is it still live) and does the old K2 still regenerate?</summary>
    private static async Task<SecurityCheckResult> AfterChangeAsync(SecurityProbe probe, MfaLogin login, SecurityPerson p, CancellationToken ct)
    {
        var second = await probe.MfaLoginAsync(p, Password, ct);
        var change = await probe.Api.MfaPasswordChangeAsync(new PasswordChangeRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, login.T2, Password, "Bind!After-22", "Bind!After-22"), ct);
        ExchangeRecord? evidence = change.Exchange;
        string figure;
        if (!change.IsSuccess || second is null)
        {
            figure = "the change with T2 did not succeed: not measured";
        }
        else
        {
            var oldKey = second.K2 is null ? null : await probe.Api.MfaTokenRegenerateAsync(new TokenRegenerateRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, Key: second.K2), ct);
            var oldToken = await probe.Api.MfaTokenExpireAsync(new TokenExpireRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, second.T2), ct);
            evidence = oldKey?.Exchange ?? oldToken.Exchange;
            figure = $"after the change, another session's T2 is {(oldToken.IsSuccess ? "still accepted" : "refused")} by mfa/token/expire and its K2 is {(oldKey is null ? "absent" : oldKey.IsSuccess ? "still accepted" : "refused")} by mfa/token/regenerate";
        }

        return new()
        {
            Check = Name,
            Id = "5c",
            Item = "ASVS 4.0 3.3.3",
            Title = "Credentials of other sessions after a password change (the documentation leaves it open)",
            Verdict = SecurityVerdict.Info,
            Figure = figure,
            Method = "Reported, not judged: ASVS 3.3.3 (level 2) asks for the option to end other sessions; the API documentation says nothing.",
            Evidence = SecurityEvidence.Of(evidence),
            Curl = SecurityEvidence.Curl(evidence),
        };
    }
}
