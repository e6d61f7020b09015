using System.Globalization;
using MfaConformance.Client.Endpoints;
using MfaConformance.Client.Requests;

namespace MfaConformance.Cli.Security;

/// <summary>
/// Check 1, credential secrecy: a tour that calls every endpoint of the API once or twice (right and wrong passwords,
/// every credential) so that the secrecy scan, which watches every exchange of the stage, has seen each; then the scan's
/// three rows (echo, URLs, caching).
/// </summary>
internal static class SecrecyCheck
{
    public const string Name = "secrecy";

    private const string Password = "Tour!Passw0rd-1";

    public static async Task TourAsync(SecurityProbe probe, CancellationToken ct)
    {
        var api = probe.Api;
        var p = probe.NewPerson();
        await probe.CreateAsync([p], Password, ct);
        var (validate, _, _) = await probe.FirstFactorAsync(p, ct);
        if (validate.Auth?.Key is { } k1)
        {
            await api.TokenRegenerateAsync(new TokenRegenerateRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, Key: k1), cancellationToken: ct);
        }

        if ((await probe.TokenGenerateAsync(p, ct)).User?.SessionId is { } s2)
        {
            await probe.PasswordValidateAsync(p, s2, "Wr0ng!tour-1", web: false, ct);
            var ok = await probe.PasswordValidateAsync(p, s2, Password, web: false, ct);
            if (ok.Auth?.Token is { } t1)
            {
                await api.PasswordChangeAsync(new PasswordChangeRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, t1, Password, Password + "x", Password + "x"), cancellationToken: ct);
            }
        }

        if ((await probe.TokenGenerateAsync(p, ct)).User?.SessionId is { } s3)
        {
            await api.PasswordForgetAsync(new PasswordForgetRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, s3, "Tour!Reset-2", "Tour!Reset-2"), cancellationToken: ct);
        }

        await WebTourAsync(probe, ct);
        await MfaTourAsync(probe, ct);
    }

    public static IReadOnlyList<SecurityCheckResult> Judge(SecrecyScanner scan)
    {
        var endpoints = scan.Endpoints;
        var tour = string.Create(CultureInfo.InvariantCulture, $"{scan.Scanned} API answers from {scan.Served} served endpoints ({endpoints.Count} of the {ApiEndpoints.All.Count} documented ones called)");
        return
        [
            new()
            {
                Check = Name, Id = "1a", Item = "ASVS 4.0 8.3.1; WSTG-INFO-05", Title = "No password, OTP, token or key of a request comes back in the answer (body or header)",
                Verdict = scan.Echoes > 0 ? SecurityVerdict.Finding : SecurityVerdict.Pass,
                Figure = scan.Echoes > 0 ? $"{scan.Echoes} of {tour} echo a secret of the request (first: '{scan.FirstEchoField}')" : $"0 echoes in {tour}",
                Method = "Every secret field of every request (at least 4 characters) is searched as a whole word in the raw answer; exact, no false alarms.",
                Evidence = SecurityEvidence.Of(scan.FirstEcho ?? scan.ExampleSecretSent),
                Curl = SecurityEvidence.Curl(scan.FirstEcho ?? scan.ExampleSecretSent),
            },
            new()
            {
                Check = Name, Id = "1b", Item = "ASVS 4.0 3.1.1, 8.3.1", Title = "No secret in a URL (Location, Content-Location, Link or Refresh of an answer)",
                Verdict = scan.UrlLeaks > 0 ? SecurityVerdict.Finding : SecurityVerdict.Pass,
                Figure = scan.UrlLeaks > 0 ? $"{scan.UrlLeaks} answers put a secret in a URL header" : $"0 in {tour} (the harness itself sends every secret in the body)",
                Method = "The secrets sent and the token, key and session id answered are searched in the URL-bearing headers; exact.",
                Evidence = SecurityEvidence.Of(scan.FirstUrlLeak),
                Curl = SecurityEvidence.Curl(scan.FirstUrlLeak),
            },
            new()
            {
                Check = Name, Id = "1c", Item = "ASVS 4.0 8.2.1; WSTG-ATHN-06", Title = "Answers carrying a token, key or session id are not cacheable (Cache-Control: no-store)",
                Verdict = scan.CredentialAnswers == 0 ? SecurityVerdict.NotRun : scan.Cacheable > 0 ? SecurityVerdict.Finding : SecurityVerdict.Pass,
                Figure = string.Create(CultureInfo.InvariantCulture, $"{scan.CredentialAnswers - scan.Cacheable} of {scan.CredentialAnswers} credential-bearing answers say no-store"),
                Method = "Every answer with auth.token, auth.key or user.sessionId is read for Cache-Control: no-store; exact.",
                Evidence = SecurityEvidence.Of(scan.FirstCacheable ?? scan.ExampleNoStore),
                Curl = SecurityEvidence.Curl(scan.FirstCacheable ?? scan.ExampleNoStore),
            },
        ];
    }

    private static async Task WebTourAsync(SecurityProbe probe, CancellationToken ct)
    {
        var api = probe.Api;
        var p = probe.NewPerson();
        await probe.CreateAsync([p], Password, ct);
        var web = ApiChannel.Web;
        if ((await probe.WebTokenGenerateAsync(p, ct)).User?.SessionId is { } s)
        {
            await api.OtpGenerateAsync(new OtpGenerateRequest(SecurityPerson.Type, p.Value, null, p.Brand, s), web, ct);
            var otp = await probe.OtpAsync(p, s, ct) ?? "000000";
            var validate = await api.OtpValidateAsync(new OtpValidateRequest(SecurityPerson.Type, p.Value, null, p.Brand, s, otp), web, ct);
            if (validate.Auth?.Token is { } t)
            {
                await api.TokenRegenerateAsync(new TokenRegenerateRequest(SecurityPerson.Type, p.Value, null, p.Brand, ExpiredToken: t), web, ct);
                await api.PasswordChangeAsync(new PasswordChangeRequest(SecurityPerson.Type, p.Value, null, p.Brand, t, Password, Password + "w", Password + "w"), web, ct);
            }
        }

        if ((await probe.WebTokenGenerateAsync(p, ct)).User?.SessionId is { } s2)
        {
            await probe.PasswordValidateAsync(p, s2, "Wr0ng!tour-2", web: true, ct);
            await api.PasswordForgetAsync(new PasswordForgetRequest(SecurityPerson.Type, p.Value, null, p.Brand, s2, "Tour!Reset-3", "Tour!Reset-3"), web, ct);
        }
    }

    private static async Task MfaTourAsync(SecurityProbe probe, CancellationToken ct)
    {
        var api = probe.Api;
        var p = probe.NewPerson();
        await probe.CreateAsync([p], Password, ct);
        var (t1, _, m, _) = await probe.MfaSessionAsync(p, null, ct);
        if (t1 is null || m is null)
        {
            return;
        }

        await api.MfaOtpGenerateAsync(new OtpGenerateRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, m), ct);
        var otp = await probe.OtpAsync(p, m, ct) ?? "000000";
        await api.MfaOtpValidateAsync(new OtpValidateRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, m, otp), ct);
        if ((await probe.MfaTokenGenerateAsync(p, t1, null, ct)).User?.SessionId is { } m2)
        {
            await api.MfaPasswordForgetAsync(new PasswordForgetRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, m2, "Tour!Reset-4", "Tour!Reset-4"), ct);
        }

        var password = "Tour!Reset-4";
        if ((await probe.MfaTokenGenerateAsync(p, t1, null, ct)).User?.SessionId is { } m3)
        {
            await probe.MfaPasswordValidateAsync(p, m3, "Wr0ng!tour-3", ct);
            var ok = await probe.MfaPasswordValidateAsync(p, m3, password, ct);
            if (ok.IsSuccess is false)
            {
                password = Password;
                ok = await probe.MfaLoginAsync(p, password, ct) is { } login ? login.Validate : ok;
            }

            if (ok.Auth is { Token: { } t2 } auth)
            {
                if (auth.Key is { } k2)
                {
                    await api.MfaTokenRegenerateAsync(new TokenRegenerateRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, Key: k2), ct);
                }

                await api.MfaPasswordChangeAsync(new PasswordChangeRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, t2, password, password + "c", password + "c"), ct);
                await api.MfaTokenExpireAsync(new TokenExpireRequest(SecurityPerson.Type, p.Value, p.Device, p.Brand, t2), ct);
            }
        }
    }
}
