using MfaConformance.ReferenceServer.Tests.Support;
using static MfaConformance.ReferenceServer.Tests.Mutants.MutantProbes;

namespace MfaConformance.ReferenceServer.Tests.Mutants;

/// <summary>Probes of the classic credential-check defects: comparisons, OTP scope, locks, lifetimes, limits.</summary>
internal static class DefectMutantProbes
{
    private const string AliasPath = "auth/v1/password/change";

    public static IReadOnlyDictionary<string, (int NormalCode, Func<ApiDriver, Task<ApiCall>> Probe)> All { get; } =
        new Dictionary<string, (int, Func<ApiDriver, Task<ApiCall>>)>(StringComparer.Ordinal)
        {
            ["password-compare-ignores-case"] = (1528, async api =>
            {
                var c = await ReturningAsync(api);
                return await api.MfaPasswordValidateAsync(c, await api.MfaSessionAsync(c), ApiDriver.Password.ToUpperInvariant());
            }
            ),
            ["password-truncated-to-8"] = (1528, async api =>
            {
                var c = await ReturningAsync(api);
                return await api.MfaPasswordValidateAsync(c, await api.MfaSessionAsync(c), ApiDriver.Password + "x");
            }
            ),
            ["alias-skips-current-password"] = (1528, async api =>
            {
                var c = await ReturningAsync(api);
                var (t2, _) = await api.MfaLoginAsync(c);
                return await api.ChangeAsync(c, t2, "Wr0ngPassword1", ApiDriver.NewPassword, path: AliasPath);
            }
            ),
            ["otp-compare-prefix"] = (1506, async api =>
            {
                var c = await ReturningAsync(api);
                var m = await api.MfaSessionAsync(c);
                (await api.MfaOtpGenerateAsync(c, m)).ShouldSucceed();
                return await api.MfaOtpSubmitAsync(c, m, (await api.ReadOtpAsync(c, m))[..^1]);
            }
            ),
            ["otp-accepted-in-any-session"] = (1506, async api =>
            {
                var c = await ReturningAsync(api);
                var first = await api.MfaSessionAsync(c);
                (await api.MfaOtpGenerateAsync(c, first)).ShouldSucceed();
                var otp = await api.ReadOtpAsync(c, first);
                var second = await api.MfaSessionAsync(c);
                (await api.MfaOtpGenerateAsync(c, second)).ShouldSucceed();
                return await api.MfaOtpSubmitAsync(c, second, otp == await api.ReadOtpAsync(c, second) ? ProbeSteps.Wrong(otp) : otp);
            }
            ),
            ["otp-reusable-on-new-session"] = (1506, async api =>
            {
                var c = await ReturningAsync(api);
                var first = await api.MfaSessionAsync(c);
                (await api.MfaOtpValidateAsync(c, first)).ShouldSucceed();
                var used = await api.ReadOtpAsync(c, first);
                var second = await api.MfaSessionAsync(c);
                (await api.MfaOtpGenerateAsync(c, second)).ShouldSucceed();
                return await api.MfaOtpSubmitAsync(c, second, used == await api.ReadOtpAsync(c, second) ? ProbeSteps.Wrong(used) : used);
            }
            ),
            ["otp-generate-unlocks-session"] = (1518, async api =>
            {
                var c = await ReturningAsync(api);
                var m = await api.MfaSessionAsync(c);
                (await api.MfaOtpGenerateAsync(c, m)).ShouldSucceed();
                var otp = await api.ReadOtpAsync(c, m);
                for (var i = 0; i < 5; i++)
                {
                    await api.MfaOtpSubmitAsync(c, m, ProbeSteps.Wrong(otp));
                }

                await api.MfaOtpGenerateAsync(c, m); // refused by the conformant server, answered (and unlocking) by the mutant
                return await api.MfaOtpSubmitAsync(c, m, await api.ReadOtpAsync(c, m));
            }
            ),
            ["attempt-limit-off-by-one"] = (1530, async api =>
            {
                var c = await ReturningAsync(api);
                var m = await api.MfaSessionAsync(c);
                for (var i = 0; i < 5; i++)
                {
                    await api.MfaPasswordValidateAsync(c, m, "Wr0ngPassword1");
                }

                return await api.MfaPasswordValidateAsync(c, m, ApiDriver.Password);
            }
            ),
            ["new-session-clears-account-lock"] = (1530, async api =>
            {
                var c = await ReturningAsync(api, ("CONF_ENABLE_ACCOUNT_LOCKING_MFA", true));
                await LockWithWrongPasswordsAsync(api, c);
                return await api.MfaPasswordValidateAsync(c, await api.MfaSessionAsync(c), ApiDriver.Password);
            }
            ),
            ["account-lock-period-ignored"] = (1530, async api =>
            {
                var c = await ReturningAsync(api, ("CONF_ENABLE_ACCOUNT_LOCKING_MFA", true), ("CONF_MFA_LOCK_PERIOD_IN_MINUTES", 60));
                await LockWithWrongPasswordsAsync(api, c);
                await api.AdvanceClockAsync(31 * 60); // past the mutant's 30 minutes, inside the configured 60
                return await api.MfaPasswordValidateAsync(c, await api.MfaSessionAsync(c), ApiDriver.Password);
            }
            ),
            ["session-lifetime-grace-30s"] = (1505, async api =>
            {
                var c = await ReturningAsync(api);
                var m = await api.MfaSessionAsync(c);
                await api.AdvanceClockAsync((15 * 60) + 10);
                return await api.MfaPasswordValidateAsync(c, m, ApiDriver.Password);
            }
            ),
            ["token-lifetime-grace-30s"] = (1529, async api =>
            {
                var c = await ReturningAsync(api);
                var (t2, _) = await api.MfaLoginAsync(c);
                await api.AdvanceClockAsync((15 * 60) + 10);
                return await api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.NewPassword);
            }
            ),
            ["mfa-session-lifetime-ignores-config"] = (1505, async api =>
            {
                var c = await ReturningAsync(api, ("CONF_MFA_SESSION_EXPIRY_MINUTES", 5));
                var m = await api.MfaSessionAsync(c);
                await api.AdvanceClockAsync(6 * 60);
                return await api.MfaPasswordValidateAsync(c, m, ApiDriver.Password);
            }
            ),
            ["key-expiry-ignores-config"] = (1597, async api =>
            {
                var c = await ReturningAsync(api, ("CONF_ENABLE_EXPIRY_BASED_KEY", true), ("CONF_KEY_EXPIRY_MFA_IN_MINUTES", 5));
                var (_, k2) = await api.MfaLoginAsync(c);
                await api.AdvanceClockAsync(6 * 60);
                return await api.PostAsync("auth/v1/mfa/token/regenerate", c.Body(("key", k2)));
            }
            ),
            ["otp-limit-counted-per-session"] = (1534, async api =>
            {
                var c = await ReturningAsync(api, ("otpMaxCount", 1), ("otpTimeOut", 10));
                (await api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", await api.PrimarySessionAsync(c))))).ShouldSucceed();
                return await api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", await api.PrimarySessionAsync(c))));
            }
            ),
            ["forget-accepts-any-customers-otp"] = (1532, async api =>
            {
                var a = await ReturningAsync(api);
                var b = await api.CreateCustomerAsync(a.Brand, ApiDriver.Password);
                (await api.MfaOtpValidateAsync(b, await api.MfaSessionAsync(b))).ShouldSucceed();
                return await api.ForgetAsync(a, await api.MfaSessionAsync(a), ApiDriver.NewPassword);
            }
            ),
            ["forget-accepts-generated-otp"] = (1532, async api =>
            {
                var c = await ReturningAsync(api);
                (await api.MfaOtpGenerateAsync(c, await api.MfaSessionAsync(c))).ShouldSucceed();
                return await api.ForgetAsync(c, await api.MfaSessionAsync(c), ApiDriver.NewPassword);
            }
            ),
            ["first-time-password-without-otp"] = (1520, async api =>
            {
                var c = await FirstTimeAsync(api);
                var (t1, _) = await api.FirstFactorAsync(c);
                (await api.MfaTokenGenerateAsync(c, t1, ApiDriver.Password, ApiDriver.Password)).ShouldSucceed();
                return await api.MfaTokenGenerateAsync(c, t1);
            }
            ),
            ["first-time-password-on-wrong-otp"] = (1520, async api =>
            {
                var c = await FirstTimeAsync(api);
                var (t1, _) = await api.FirstFactorAsync(c);
                var m = (await api.MfaTokenGenerateAsync(c, t1, ApiDriver.Password, ApiDriver.Password)).ShouldSucceed().SessionId!;
                (await api.MfaOtpGenerateAsync(c, m)).ShouldSucceed();
                await api.MfaOtpSubmitAsync(c, m, ProbeSteps.Wrong(await api.ReadOtpAsync(c, m)));
                return await api.MfaTokenGenerateAsync(c, t1);
            }
            ),
            ["mfa-key-as-mfa-token"] = (1529, async api =>
            {
                var c = await ReturningAsync(api);
                var (_, k2) = await api.MfaLoginAsync(c);
                return await api.ChangeAsync(c, k2, ApiDriver.Password, ApiDriver.NewPassword);
            }
            ),
            ["identifier-type-not-compared"] = (1507, async api =>
            {
                var c = await ReturningAsync(api);
                var m = await api.MfaSessionAsync(c);
                return await api.MfaPasswordValidateAsync(c with { IdentifierType = "EMAIL" }, m, ApiDriver.Password);
            }
            ),
            ["primary-key-regenerates-mfa-token"] = (1525, async api =>
            {
                var c = await ReturningAsync(api);
                var (_, k1) = await api.FirstFactorAsync(c);
                return await api.PostAsync("auth/v1/mfa/token/regenerate", c.Body(("key", k1)));
            }
            ),
        };

    /// <summary>Mutants whose defect shows in what a successful answer holds: the probe says whether the rule held.</summary>
    public static IReadOnlyDictionary<string, Func<ApiDriver, Task<bool>>> Observed { get; } =
        new Dictionary<string, Func<ApiDriver, Task<bool>>>(StringComparer.Ordinal)
        {
            ["key-issued-despite-flag-on-mfa-otp-validate"] = async api =>
            {
                var c = await ReturningAsync(api, ("CONF_REGENERATE_MFA_TOKEN", false));
                return (await api.MfaOtpValidateAsync(c, await api.MfaSessionAsync(c))).ShouldSucceed().Key is null;
            },
            ["otp-length-ignores-config"] = async api =>
            {
                var c = await ReturningAsync(api, ("CONF_OTP_LENGTH", 8));
                var m = await api.MfaSessionAsync(c);
                (await api.MfaOtpGenerateAsync(c, m)).ShouldSucceed();
                return (await api.ReadOtpAsync(c, m)).Length == 8;
            },
        };

    /// <summary>Mutants stricter than the rule (the conformant server answers; the mutant refuses).</summary>
    public static IReadOnlyDictionary<string, Func<ApiDriver, Task<ApiCall>>> Stricter { get; } =
        new Dictionary<string, Func<ApiDriver, Task<ApiCall>>>(StringComparer.Ordinal)
        {
            ["otp-limit-counted-per-brand"] = async api =>
            {
                var a = await ReturningAsync(api, ("otpMaxCount", 1), ("otpTimeOut", 10));
                var b = await api.CreateCustomerAsync(a.Brand, ApiDriver.Password);
                (await api.PostAsync("auth/v1/otp/generate", a.Body(("sessionId", await api.PrimarySessionAsync(a))))).ShouldSucceed();
                return await api.PostAsync("auth/v1/otp/generate", b.Body(("sessionId", await api.PrimarySessionAsync(b))));
            },
        };

    private static async Task LockWithWrongPasswordsAsync(ApiDriver api, TestCustomer c)
    {
        var m = await api.MfaSessionAsync(c);
        for (var i = 0; i < 5; i++)
        {
            await api.MfaPasswordValidateAsync(c, m, "Wr0ngPassword1");
        }
    }

}
