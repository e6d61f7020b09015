using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Mutants;

/// <summary>
/// For each mutant: a short scenario whose last call the conformant server refuses with a known code and the mutant
/// lets through (<see cref="All"/>); for a mutant stricter than the rule, one the conformant server lets through and the
/// mutant refuses (<see cref="Stricter"/>); for a defect in what a successful answer holds, whether the rule held
/// (<see cref="Observed"/>).
/// </summary>
internal static class MutantProbes
{
    public static IReadOnlyDictionary<string, (int NormalCode, Func<ApiDriver, Task<ApiCall>> Probe)> All { get; } =
        Everywhere().Concat(ConfinedMutantProbes.All).Concat(DefectMutantProbes.All).Concat(ExplorerMutantProbes.All)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>Mutants stricter than the rule: the probe's last call succeeds on the conformant server and fails on the mutant.</summary>
    public static IReadOnlyDictionary<string, Func<ApiDriver, Task<ApiCall>>> Stricter { get; } =
        DefectMutantProbes.Stricter.Concat(ExplorerMutantProbes.Stricter).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>Mutants whose defect shows in a successful answer: the probe returns whether the rule held.</summary>
    public static IReadOnlyDictionary<string, Func<ApiDriver, Task<bool>>> Observed { get; } =
        DefectMutantProbes.Observed.Concat(ExplorerMutantProbes.Observed).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static Dictionary<string, (int, Func<ApiDriver, Task<ApiCall>>)> Everywhere() =>
        new(StringComparer.Ordinal)
        {
            ["accept-any-otp"] = (1506, async api =>
            {
                var c = await ReturningAsync(api);
                var s = await api.PrimarySessionAsync(c);
                (await api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", s)))).ShouldSucceed();
                var otp = await api.ReadOtpAsync(c, s);
                return await api.PostAsync("auth/v1/otp/validate", c.Body(("sessionId", s), ("otp", otp == "000000" ? "111111" : "000000")));
            }
            ),
            ["ignore-device"] = (1508, async api =>
            {
                var c = await ReturningAsync(api);
                return await api.MfaPasswordValidateAsync(c.OnDevice("other-device"), await api.MfaSessionAsync(c), ApiDriver.Password);
            }
            ),
            ["ignore-confirm-password"] = (1521, async api =>
            {
                var c = await FirstTimeAsync(api);
                var (t1, _) = await api.FirstFactorAsync(c);
                return await api.MfaTokenGenerateAsync(c, t1, "Passw0rd!1", "Passw0rd!2");
            }
            ),
            ["never-expire-sessions"] = (1505, async api =>
            {
                var c = await ReturningAsync(api);
                var s = await api.MfaSessionAsync(c);
                await api.AdvanceClockAsync(16 * 60);
                return await api.MfaPasswordValidateAsync(c, s, ApiDriver.Password);
            }
            ),
            ["never-expire-tokens"] = (1529, async api =>
            {
                var c = await ReturningAsync(api);
                var (t2, _) = await api.MfaLoginAsync(c);
                await api.AdvanceClockAsync(16 * 60);
                return await api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.NewPassword);
            }
            ),
            ["session-not-consumed"] = (1505, async api =>
            {
                var c = await ReturningAsync(api);
                var s = await api.MfaSessionAsync(c);
                (await api.MfaPasswordValidateAsync(c, s, ApiDriver.Password)).ShouldSucceed();
                return await api.MfaPasswordValidateAsync(c, s, ApiDriver.Password);
            }
            ),
            ["no-otp-retry-limit"] = (1518, async api =>
            {
                var c = await ReturningAsync(api);
                var s = await api.MfaSessionAsync(c);
                (await api.PostAsync("auth/v1/mfa/otp/generate", c.Body(("sessionId", s)))).ShouldSucceed();
                var otp = await api.ReadOtpAsync(c, s);
                for (var i = 0; i < 5; i++)
                {
                    await api.PostAsync("auth/v1/mfa/otp/validate", c.Body(("sessionId", s), ("otp", otp == "000000" ? "111111" : "000000")));
                }

                return await api.PostAsync("auth/v1/mfa/otp/validate", c.Body(("sessionId", s), ("otp", otp)));
            }
            ),
            ["no-password-retry-limit"] = (1530, async api =>
            {
                var c = await ReturningAsync(api);
                var s = await api.MfaSessionAsync(c);
                for (var i = 0; i < 5; i++)
                {
                    await api.MfaPasswordValidateAsync(c, s, "Wr0ngPassword");
                }

                return await api.MfaPasswordValidateAsync(c, s, ApiDriver.Password);
            }
            ),
            ["ignore-brand-mismatch"] = (1509, async api =>
            {
                var c = await ReturningAsync(api);
                var other = Brands.Unique();
                await api.PutMfaBrandAsync(other);
                return await api.MfaPasswordValidateAsync(c with { Brand = other }, await api.MfaSessionAsync(c), ApiDriver.Password);
            }
            ),
            ["ignore-identifier-mismatch"] = (1507, async api =>
            {
                var a = await ReturningAsync(api);
                var b = await api.CreateCustomerAsync(a.Brand, ApiDriver.Password);
                return await api.MfaPasswordValidateAsync(b, await api.MfaSessionAsync(a), ApiDriver.Password);
            }
            ),
            ["old-password-survives-change"] = (1528, async api =>
            {
                var c = await ReturningAsync(api);
                var (t2, _) = await api.MfaLoginAsync(c);
                (await api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.NewPassword)).ShouldSucceed();
                return await api.MfaPasswordValidateAsync(c, await api.MfaSessionAsync(c), ApiDriver.Password);
            }
            ),
            ["allow-same-password"] = (1527, async api =>
            {
                var c = await ReturningAsync(api);
                var (t2, _) = await api.MfaLoginAsync(c);
                return await api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.Password);
            }
            ),
            ["skip-password-regex"] = (1542, async api =>
            {
                var c = await ReturningAsync(api);
                var (t2, _) = await api.MfaLoginAsync(c);
                return await api.ChangeAsync(c, t2, ApiDriver.Password, "nodigitshere");
            }
            ),
            ["expire-does-not-revoke"] = (1529, async api =>
            {
                var c = await ReturningAsync(api);
                var (t2, _) = await api.MfaLoginAsync(c);
                (await api.ExpireAsync(c, t2)).ShouldSucceed();
                return await api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.NewPassword);
            }
            ),
            ["view-token-as-mfa-token"] = (1529, async api =>
            {
                var c = await ReturningAsync(api);
                var (t1, _) = await api.FirstFactorAsync(c);
                var view = (await api.MfaTokenGenerateAsync(c, t1)).ShouldSucceed().Token!;
                return await api.ChangeAsync(c, view, ApiDriver.Password, ApiDriver.NewPassword);
            }
            ),
            ["primary-token-as-mfa-token"] = (1529, async api =>
            {
                var c = await ReturningAsync(api);
                var (t1, _) = await api.FirstFactorAsync(c);
                return await api.ChangeAsync(c, t1, ApiDriver.Password, ApiDriver.NewPassword);
            }
            ),
            ["forget-without-otp"] = (1532, async api =>
            {
                var c = await ReturningAsync(api);
                return await api.ForgetAsync(c, await api.MfaSessionAsync(c), ApiDriver.NewPassword);
            }
            ),
            ["ignore-otp-generation-limit"] = (1534, async api =>
            {
                var c = await ReturningAsync(api, ("otpMaxCount", 1), ("otpTimeOut", 10));
                var s = await api.PrimarySessionAsync(c);
                (await api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", s)))).ShouldSucceed();
                return await api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", s)));
            }
            ),
            ["accept-any-key"] = (1525, async api =>
            {
                var c = await ReturningAsync(api);
                return await api.PostAsync("auth/v1/mfa/token/regenerate", c.Body(("key", "not-a-key")));
            }
            ),
            ["accept-wrong-password"] = (1528, async api =>
            {
                var c = await ReturningAsync(api);
                return await api.MfaPasswordValidateAsync(c, await api.MfaSessionAsync(c), "Wr0ngPassword");
            }
            ),
            ["primary-session-for-mfa-otp"] = (1505, async api =>
            {
                var c = await ReturningAsync(api);
                return await api.PostAsync("auth/v1/mfa/otp/generate", c.Body(("sessionId", await api.PrimarySessionAsync(c))));
            }
            ),
            ["ignore-mfa-password-disabled"] = (1524, async api =>
            {
                var brand = Brands.Unique();
                await api.PutBrandAsync(brand);
                var c = await api.CreateCustomerAsync(brand, ApiDriver.Password);
                return await api.MfaPasswordValidateAsync(c, await api.MfaSessionAsync(c), ApiDriver.Password);
            }
            ),
            ["no-first-time-password-check"] = (1520, async api =>
            {
                var c = await FirstTimeAsync(api);
                var (t1, _) = await api.FirstFactorAsync(c);
                return await api.MfaTokenGenerateAsync(c, t1);
            }
            ),
        };

    internal static async Task<TestCustomer> ReturningAsync(ApiDriver api, params (string Key, JsonNode? Value)[] config)
    {
        var brand = Brands.Unique();
        await api.PutMfaBrandAsync(brand, config);
        return await api.CreateCustomerAsync(brand, ApiDriver.Password);
    }

    internal static async Task<TestCustomer> FirstTimeAsync(ApiDriver api)
    {
        var brand = Brands.Unique();
        await api.PutMfaBrandAsync(brand);
        return await api.CreateCustomerAsync(brand, null);
    }
}
