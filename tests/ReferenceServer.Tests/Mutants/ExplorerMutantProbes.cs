using System.Net;
using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Tests.Support;
using static MfaConformance.ReferenceServer.Tests.Mutants.MutantProbes;

namespace MfaConformance.ReferenceServer.Tests.Mutants;

/// <summary>
/// Probes of the explorer's mutants (<c>Mutants.Explorer</c>): each is the shortest call program that shows the broken
/// rule, most with a clock move between calls or a configuration no scenario sets. <see cref="All"/>: the conformant
/// server refuses the last call with the code, the mutant lets it through; <see cref="Stricter"/>: the conformant server
/// answers the last call, the mutant refuses it; <see cref="Observed"/>: whether the rule held in a successful answer.
/// </summary>
internal static class ExplorerMutantProbes
{
    private const string Expire = "auth/v1/mfa/token/expire";
    private const string MfaRegenerate = "auth/v1/mfa/token/regenerate";
    private const string WrongPassword = "Wr0ngPassword1";

    public static IReadOnlyDictionary<string, (int NormalCode, Func<ApiDriver, Task<ApiCall>> Probe)> All { get; } =
        new Dictionary<string, (int, Func<ApiDriver, Task<ApiCall>>)>(StringComparer.Ordinal)
        {
            // lifetimes
            ["session-lifetime-slides"] = (1505, async api =>
            {
                var c = await ReturningAsync(api, ("CONF_MFA_SESSION_EXPIRY_MINUTES", 5), ("CONF_MFA_TOKEN_SESSION_EXPIRY_MINUTES", 5));
                var m = await api.MfaSessionAsync(c);
                await api.AdvanceClockAsync(4 * 60);
                (await api.MfaOtpGenerateAsync(c, m)).ShouldSucceed();
                await api.AdvanceClockAsync(2 * 60); // 6 minutes after the session's issue, 2 after its last use
                return await api.MfaPasswordValidateAsync(c, m, ApiDriver.Password);
            }
            ),
            ["key-expiry-restarts-on-regeneration"] = (1597, async api =>
            {
                var c = await ReturningAsync(api, ("CONF_ENABLE_EXPIRY_BASED_KEY", true), ("CONF_KEY_EXPIRY_MFA_IN_MINUTES", 5));
                var (_, k2) = await api.MfaLoginAsync(c);
                await api.AdvanceClockAsync(4 * 60);
                (await api.PostAsync(MfaRegenerate, c.Body(("key", k2)))).ShouldSucceed();
                await api.AdvanceClockAsync(2 * 60); // 6 minutes after the key's issue
                return await api.PostAsync(MfaRegenerate, c.Body(("key", k2)));
            }
            ),
            ["primary-key-expiry-from-mfa-setting"] = (1597, async api =>
            {
                var c = await ReturningAsync(api, ("CONF_ENABLE_EXPIRY_BASED_KEY", true), ("CONF_KEY_EXPIRY_IN_MINUTES", 5), ("CONF_KEY_EXPIRY_MFA_IN_MINUTES", 60));
                var (_, k1) = await api.FirstFactorAsync(c);
                await api.AdvanceClockAsync(6 * 60);
                return await api.PostAsync("auth/v1/token/regenerate", c.Body(("key", k1)));
            }
            ),
            ["account-lock-from-first-wrong-attempt"] = (1530, async api =>
            {
                var c = await ReturningAsync(api, ("CONF_MFA_MAX_PASSWORD_RETRY_COUNT", 3), ("CONF_ENABLE_ACCOUNT_LOCKING_MFA", true), ("CONF_MFA_LOCK_PERIOD_IN_MINUTES", 10));
                var m = await api.MfaSessionAsync(c);
                await api.MfaPasswordValidateAsync(c, m, WrongPassword);
                await api.AdvanceClockAsync(5 * 60);
                await api.MfaPasswordValidateAsync(c, m, WrongPassword);
                await api.MfaPasswordValidateAsync(c, m, WrongPassword); // locks the account for 10 minutes from now
                await api.AdvanceClockAsync(6 * 60); // 11 minutes after the first wrong attempt, 6 after the lock
                return await api.MfaPasswordValidateAsync(c, await api.MfaSessionAsync(c), ApiDriver.Password);
            }
            ),

            // attempt and generation windows
            ["otp-generate-restarts-attempt-count"] = (1518, async api =>
            {
                var c = await ReturningAsync(api, ("CONF_MFA_MAX_OTP_RETRY_COUNT", 3));
                var m = await api.MfaSessionAsync(c);
                (await api.MfaOtpGenerateAsync(c, m)).ShouldSucceed();
                await api.MfaOtpSubmitAsync(c, m, ProbeSteps.Wrong(await api.ReadOtpAsync(c, m)));
                await api.MfaOtpSubmitAsync(c, m, ProbeSteps.Wrong(await api.ReadOtpAsync(c, m)));
                (await api.MfaOtpGenerateAsync(c, m)).ShouldSucceed();
                await api.MfaOtpSubmitAsync(c, m, ProbeSteps.Wrong(await api.ReadOtpAsync(c, m))); // the third wrong OTP of the window
                return await api.MfaOtpSubmitAsync(c, m, await api.ReadOtpAsync(c, m));
            }
            ),
            ["otp-limit-counted-per-device"] = (1534, async api =>
            {
                var c = await ReturningAsync(api, ("otpMaxCount", 1), ("otpTimeOut", 10));
                (await api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", await api.PrimarySessionAsync(c))))).ShouldSucceed();
                var other = c.OnDevice("device-2");
                return await api.PostAsync("auth/v1/otp/generate", other.Body(("sessionId", await api.PrimarySessionAsync(other))));
            }
            ),

            // identity comparisons
            ["identifier-value-ignores-case"] = (1507, async api =>
            {
                var c = await EmailCustomerAsync(api);
                var m = await api.MfaSessionAsync(c);
                return await api.MfaPasswordValidateAsync(c with { IdentifierValue = c.IdentifierValue.ToUpperInvariant() }, m, ApiDriver.Password);
            }
            ),
            ["identifier-value-trimmed"] = (1507, async api =>
            {
                var c = await ReturningAsync(api);
                var m = await api.MfaSessionAsync(c);
                return await api.MfaPasswordValidateAsync(c with { IdentifierValue = c.IdentifierValue + " " }, m, ApiDriver.Password);
            }
            ),
            ["identifier-value-compared-by-prefix"] = (1507, async api =>
            {
                var c = await ReturningAsync(api);
                var m = await api.MfaSessionAsync(c);
                return await api.MfaPasswordValidateAsync(c with { IdentifierValue = c.IdentifierValue + "0" }, m, ApiDriver.Password);
            }
            ),
            ["device-id-ignores-case"] = (1508, async api =>
            {
                var c = await ReturningAsync(api);
                var m = await api.MfaSessionAsync(c);
                return await api.MfaPasswordValidateAsync(c.OnDevice(c.DeviceId.ToUpperInvariant()), m, ApiDriver.Password);
            }
            ),
            ["device-id-compared-by-prefix"] = (1508, async api =>
            {
                var c = await ReturningAsync(api);
                var m = await api.MfaSessionAsync(c);
                return await api.MfaPasswordValidateAsync(c.OnDevice(c.DeviceId + "0"), m, ApiDriver.Password);
            }
            ),
            ["brand-checked-only-where-customer-exists"] = (1509, async api =>
            {
                var c = await ReturningAsync(api);
                var other = Brands.Unique(); // a brand the customer has no account on
                await api.PutMfaBrandAsync(other);
                var m = await api.MfaSessionAsync(c);
                return await api.MfaPasswordValidateAsync(c with { Brand = other }, m, ApiDriver.Password);
            }
            ),

            // passwords
            ["password-regex-ignores-case"] = (1542, async api =>
            {
                var c = await ReturningAsync(api, ("MFA_PASSWORD_REGEX", "^(?=.*[A-Z])(?=.*[0-9]).{8,64}$"));
                var (t2, _) = await api.MfaLoginAsync(c);
                return await api.ChangeAsync(c, t2, ApiDriver.Password, "n3wpassw0rd!"); // no upper-case letter
            }
            ),
            ["confirm-password-trimmed"] = (1521, async api =>
            {
                var c = await ReturningAsync(api);
                var (t2, _) = await api.MfaLoginAsync(c);
                return await api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.NewPassword, ApiDriver.NewPassword + " ");
            }
            ),

            // flags, methods and OTP scope
            ["skip-otp-validate-lifts-reset-otp"] = (1532, async api =>
            {
                var c = await ReturningAsync(api, ("CONF_SKIP_OTP_VALIDATE", true));
                return await api.ForgetAsync(c, await api.MfaSessionAsync(c), ApiDriver.NewPassword);
            }
            ),
            ["expire-by-post-does-not-revoke"] = (1529, async api =>
            {
                var c = await ReturningAsync(api);
                var (t2, _) = await api.MfaLoginAsync(c);
                (await api.SendAsync(HttpMethod.Post, Expire, c.Body(("token", t2)).ToJsonString())).ShouldSucceed();
                return await api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.NewPassword);
            }
            ),
            ["mfa-otp-accepts-first-factor-otp"] = (1506, async api =>
            {
                var c = await ReturningAsync(api);
                var (t1, _) = await api.FirstFactorAsync(c);
                var s = await api.PrimarySessionAsync(c);
                (await api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", s)))).ShouldSucceed();
                var firstFactorOtp = await api.ReadOtpAsync(c, s);
                var m = (await api.MfaTokenGenerateAsync(c, t1)).ShouldSucceed().SessionId!;
                (await api.MfaOtpGenerateAsync(c, m)).ShouldSucceed();
                var mfaOtp = await api.ReadOtpAsync(c, m);
                return await api.MfaOtpSubmitAsync(c, m, firstFactorOtp == mfaOtp ? ProbeSteps.Wrong(mfaOtp) : firstFactorOtp);
            }
            ),
        };

    /// <summary>Explorer mutants stricter than the rule: the conformant server answers the last call, the mutant refuses it.</summary>
    public static IReadOnlyDictionary<string, Func<ApiDriver, Task<ApiCall>>> Stricter { get; } =
        new Dictionary<string, Func<ApiDriver, Task<ApiCall>>>(StringComparer.Ordinal)
        {
            // lifetimes
            ["mfa-token-capped-by-session-lifetime"] = async api =>
            {
                var c = await ReturningAsync(api, ("CONF_MFA_SESSION_EXPIRY_MINUTES", 5), ("CONF_MFA_TOKEN_SESSION_EXPIRY_MINUTES", 5));
                var (t2, _) = await api.MfaLoginAsync(c);
                await api.AdvanceClockAsync(6 * 60); // T2 lives the default 15 minutes
                return await api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.NewPassword);
            },
            ["regenerated-token-keeps-old-expiry"] = async api =>
            {
                var c = await ReturningAsync(api);
                var (_, k2) = await api.MfaLoginAsync(c);
                await api.AdvanceClockAsync(16 * 60); // the first T2 has expired: regenerating is what the key is for
                var regenerated = (await api.PostAsync(MfaRegenerate, c.Body(("key", k2)))).ShouldSucceed().Token!;
                return await api.ChangeAsync(c, regenerated, ApiDriver.Password, ApiDriver.NewPassword);
            },

            // attempt and generation windows
            ["attempt-count-never-restarts"] = async api =>
            {
                var c = await LongSessionsAsync(api);
                var m = await api.MfaSessionAsync(c);
                await api.MfaPasswordValidateAsync(c, m, WrongPassword);
                await api.MfaPasswordValidateAsync(c, m, WrongPassword);
                await api.AdvanceClockAsync(6 * 60); // past the 5-minute counting window: the next wrong attempt counts 1
                await api.MfaPasswordValidateAsync(c, m, WrongPassword);
                return await api.MfaPasswordValidateAsync(c, m, ApiDriver.Password);
            },
            ["otp-and-password-attempts-counted-together"] = async api =>
            {
                var c = await ReturningAsync(api, ("CONF_MFA_MAX_OTP_RETRY_COUNT", 3), ("CONF_MFA_MAX_PASSWORD_RETRY_COUNT", 3));
                var m = await api.MfaSessionAsync(c);
                (await api.MfaOtpGenerateAsync(c, m)).ShouldSucceed();
                var otp = await api.ReadOtpAsync(c, m);
                await api.MfaOtpSubmitAsync(c, m, ProbeSteps.Wrong(otp));
                await api.MfaOtpSubmitAsync(c, m, ProbeSteps.Wrong(otp));
                await api.MfaPasswordValidateAsync(c, m, WrongPassword);
                return await api.MfaPasswordValidateAsync(c, m, ApiDriver.Password);
            },
            ["otp-generation-blocked-from-last-otp"] = async api =>
            {
                // the first factor's OTP and the MFA session's first at 0, another at 5: 3 within 10 minutes until 10
                var c = await ReturningAsync(api, ("otpMaxCount", 3), ("otpTimeOut", 10));
                var m = await api.MfaSessionAsync(c);
                (await api.MfaOtpGenerateAsync(c, m)).ShouldSucceed();
                await api.AdvanceClockAsync(5 * 60);
                (await api.MfaOtpGenerateAsync(c, m)).ShouldSucceed();
                await api.AdvanceClockAsync((5 * 60) + 1); // one OTP in the last 10 minutes
                return await api.MfaOtpGenerateAsync(c, m);
            },

            // limits and locks
            ["account-locking-ignores-flag"] = async api =>
            {
                var c = await ReturningAsync(api);
                await LockWithWrongPasswordsAsync(api, c);
                return await api.MfaPasswordValidateAsync(c, await api.MfaSessionAsync(c), ApiDriver.Password);
            },
            ["first-factor-locking-flag-locks-mfa"] = async api =>
            {
                var c = await ReturningAsync(api, ("CONF_ENABLE_ACCOUNT_LOCKING", true));
                await LockWithWrongPasswordsAsync(api, c);
                return await api.MfaPasswordValidateAsync(c, await api.MfaSessionAsync(c), ApiDriver.Password);
            },

            // passwords
            ["same-password-check-ignores-case"] = async api =>
            {
                var c = await ReturningAsync(api);
                var (t2, _) = await api.MfaLoginAsync(c);
                return await api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.Password.ToUpperInvariant());
            },
        };

    /// <summary>Explorer mutants whose defect shows in what a successful answer holds: the probe says whether the rule held.</summary>
    public static IReadOnlyDictionary<string, Func<ApiDriver, Task<bool>>> Observed { get; } =
        new Dictionary<string, Func<ApiDriver, Task<bool>>>(StringComparer.Ordinal)
        {
            ["mfa-key-needs-both-regenerate-flags"] = async api =>
            {
                var c = await ReturningAsync(api, ("CONF_REGENERATE_TOKEN", false));
                return (await api.MfaPasswordValidateAsync(c, await api.MfaSessionAsync(c), ApiDriver.Password)).ShouldSucceed().Key is not null;
            },
        };

    /// <summary>A returning EMAIL customer whose identifier has letters (so another case is another value).</summary>
    private static async Task<TestCustomer> EmailCustomerAsync(ApiDriver api)
    {
        var brand = Brands.Unique();
        await api.PutMfaBrandAsync(brand);
        var c = new TestCustomer(brand, "EMAIL", $"Probe.{Guid.NewGuid():N}@example.test", "device-1");
        var call = await api.PostAsync("__harness/v1/customers", new JsonArray(new JsonObject
        {
            ["brand"] = brand,
            ["identifierType"] = c.IdentifierType,
            ["identifierValue"] = c.IdentifierValue,
            ["password"] = ApiDriver.Password,
        }));
        call.Status.ShouldBe(HttpStatusCode.Created, call.Body?.ToJsonString());
        return c;
    }

    /// <summary>MFA sessions of 60 minutes, a 5-minute counting window and a password limit of 3: wrong attempts can straddle the window.</summary>
    private static Task<TestCustomer> LongSessionsAsync(ApiDriver api) =>
        ReturningAsync(
            api,
            ("CONF_MFA_SESSION_EXPIRY_MINUTES", 60),
            ("CONF_MFA_TOKEN_SESSION_EXPIRY_MINUTES", 60),
            ("CONF_INCORRECT_ATTEMPT_INTERVAL", 5),
            ("CONF_MFA_MAX_PASSWORD_RETRY_COUNT", 3));

    /// <summary>The default limit of 5 wrong MFA passwords on one session.</summary>
    private static async Task LockWithWrongPasswordsAsync(ApiDriver api, TestCustomer c)
    {
        var m = await api.MfaSessionAsync(c);
        for (var i = 0; i < 5; i++)
        {
            await api.MfaPasswordValidateAsync(c, m, WrongPassword);
        }
    }
}
