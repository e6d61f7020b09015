using MfaConformance.ReferenceServer.Tests.Support;
using static MfaConformance.ReferenceServer.Tests.Mutants.MutantProbes;

namespace MfaConformance.ReferenceServer.Tests.Mutants;

/// <summary>Probes of the mutants that break one documented rule on one endpoint only.</summary>
internal static class ConfinedMutantProbes
{
    private const string AliasPath = "auth/v1/password/change";

    public static IReadOnlyDictionary<string, (int NormalCode, Func<ApiDriver, Task<ApiCall>> Probe)> All { get; } =
        new Dictionary<string, (int, Func<ApiDriver, Task<ApiCall>>)>(StringComparer.Ordinal)
        {
            ["ignore-device-on-otp-generate"] = (1508, async api =>
            {
                var c = await ReturningAsync(api);
                var s = await api.PrimarySessionAsync(c);
                return await api.PostAsync("auth/v1/otp/generate", c.OnDevice("other-device").Body(("sessionId", s)));
            }
            ),
            ["ignore-device-on-token-regenerate"] = (1508, async api =>
            {
                var c = await ReturningAsync(api);
                var (_, k1) = await api.FirstFactorAsync(c);
                return await api.PostAsync("auth/v1/token/regenerate", c.OnDevice("other-device").Body(("key", k1)));
            }
            ),
            ["ignore-device-on-password-change"] = (1508, async api =>
            {
                var c = await ReturningAsync(api);
                var (t2, _) = await api.MfaLoginAsync(c);
                return await api.ChangeAsync(c.OnDevice("other-device"), t2, ApiDriver.Password, ApiDriver.NewPassword, path: AliasPath);
            }
            ),
            ["ignore-identifier-on-otp-validate"] = (1541, async api =>
            {
                var a = await ReturningAsync(api);
                var b = await api.CreateCustomerAsync(a.Brand, ApiDriver.Password);
                var s = await api.PrimarySessionAsync(a);
                (await api.PostAsync("auth/v1/otp/generate", a.Body(("sessionId", s)))).ShouldSucceed();
                var otp = await api.ReadOtpAsync(a, s);
                return await api.PostAsync("auth/v1/otp/validate", b.Body(("sessionId", s), ("otp", otp)));
            }
            ),
            ["ignore-identifier-on-mfa-otp-generate"] = (1541, async api =>
            {
                var a = await ReturningAsync(api);
                var b = await api.CreateCustomerAsync(a.Brand, ApiDriver.Password);
                return await api.MfaOtpGenerateAsync(b, await api.MfaSessionAsync(a));
            }
            ),
            ["ignore-identifier-on-mfa-password-change"] = (1507, async api =>
            {
                var a = await ReturningAsync(api);
                var b = await api.CreateCustomerAsync(a.Brand, ApiDriver.Password);
                var (t2, _) = await api.MfaLoginAsync(a);
                return await api.ChangeAsync(b, t2, ApiDriver.Password, ApiDriver.NewPassword);
            }
            ),
            ["ignore-identifier-on-mfa-token-expire"] = (1507, async api =>
            {
                var a = await ReturningAsync(api);
                var b = await api.CreateCustomerAsync(a.Brand, ApiDriver.Password);
                var (t2, _) = await api.MfaLoginAsync(a);
                return await api.ExpireAsync(b, t2);
            }
            ),
            ["ignore-brand-on-mfa-token-generate"] = (1509, async api =>
            {
                var c = await ReturningAsync(api);
                var elsewhere = await api.SameIdentifierOnAnotherBrandAsync(c);
                var (t1, _) = await api.FirstFactorAsync(c);
                return await api.MfaTokenGenerateAsync(elsewhere, t1);
            }
            ),
            ["ignore-brand-on-mfa-otp-validate"] = (1509, async api =>
            {
                var c = await ReturningAsync(api);
                var elsewhere = await api.SameIdentifierOnAnotherBrandAsync(c);
                var m = await api.MfaSessionAsync(c);
                (await api.MfaOtpGenerateAsync(c, m)).ShouldSucceed();
                return await api.MfaOtpSubmitAsync(elsewhere, m, await api.ReadOtpAsync(c, m));
            }
            ),
            ["ignore-brand-on-mfa-password-forget"] = (1509, async api =>
            {
                var c = await ReturningAsync(api);
                var elsewhere = await api.SameIdentifierOnAnotherBrandAsync(c);
                return await api.ForgetAsync(elsewhere, await api.ResetSessionAsync(c), ApiDriver.NewPassword);
            }
            ),
            ["ignore-brand-on-mfa-token-regenerate"] = (1509, async api =>
            {
                var c = await ReturningAsync(api);
                var elsewhere = await api.SameIdentifierOnAnotherBrandAsync(c);
                var (_, k2) = await api.MfaLoginAsync(c);
                return await api.PostAsync("auth/v1/mfa/token/regenerate", elsewhere.Body(("key", k2)));
            }
            ),
            ["ignore-confirm-password-on-mfa-password-forget"] = (1521, async api =>
            {
                var c = await ReturningAsync(api);
                return await api.ForgetAsync(c, await api.ResetSessionAsync(c), ApiDriver.NewPassword, "Oth3rPassw0rd!");
            }
            ),
            ["ignore-confirm-password-on-mfa-token-generate"] = (1521, async api =>
            {
                var c = await FirstTimeAsync(api);
                var (t1, _) = await api.FirstFactorAsync(c);
                return await api.MfaTokenGenerateAsync(c, t1, "Passw0rd!1", "Passw0rd!2");
            }
            ),
            ["skip-password-regex-on-mfa-password-forget"] = (1542, async api =>
            {
                var c = await ReturningAsync(api);
                return await api.ForgetAsync(c, await api.ResetSessionAsync(c), "nodigitshere");
            }
            ),
            ["skip-password-regex-on-mfa-token-generate"] = (1542, async api =>
            {
                var c = await FirstTimeAsync(api);
                var (t1, _) = await api.FirstFactorAsync(c);
                return await api.MfaTokenGenerateAsync(c, t1, "nodigitshere", "nodigitshere");
            }
            ),
            ["never-expire-sessions-on-mfa-otp-validate"] = (1505, async api =>
            {
                var c = await ReturningAsync(api);
                var m = await api.MfaSessionAsync(c);
                (await api.MfaOtpGenerateAsync(c, m)).ShouldSucceed();
                var otp = await api.ReadOtpAsync(c, m);
                await api.AdvanceClockAsync(16 * 60);
                return await api.MfaOtpSubmitAsync(c, m, otp);
            }
            ),
            ["never-expire-tokens-on-mfa-token-expire"] = (1529, async api =>
            {
                var c = await ReturningAsync(api);
                var (t2, _) = await api.MfaLoginAsync(c);
                await api.AdvanceClockAsync(16 * 60);
                return await api.ExpireAsync(c, t2);
            }
            ),
            ["allow-same-password-on-password-change"] = (1527, async api =>
            {
                var c = await ReturningAsync(api);
                var (t2, _) = await api.MfaLoginAsync(c);
                return await api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.Password, path: AliasPath);
            }
            ),
            ["ignore-mfa-password-disabled-on-mfa-password-change"] = (1524, async api =>
            {
                var brand = Brands.Unique();
                await api.PutBrandAsync(brand);
                var c = await api.CreateCustomerAsync(brand, ApiDriver.Password);
                var t2 = (await api.MfaOtpValidateAsync(c, await api.MfaSessionAsync(c))).ShouldSucceed().Token!;
                return await api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.NewPassword);
            }
            ),
        };
}
