using MfaConformance.Client;

using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Parameters;
namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>
/// W1–W3: credential updates sent at once (all requests started before any answer is awaited), each on its own copy
/// of the customer's flow values so they share nothing on the harness side; the calls are recorded as "the call"
/// (every one of them, T4) and in the <see cref="RaceContext"/> for T18.
/// </summary>
public sealed class RaceDriver(AuthFlowDriver flow, SetUpDriver setUp, ResponseContext responses, RaceContext race, PasswordBook passwords)
{
    private static readonly CallModifiers None = CallModifiers.None;

    /// <summary>W1: <paramref name="times"/> E13 changes from <paramref name="current"/>, each to a different new password shaped like <paramref name="like"/>.</summary>
    public async Task ChangeAtOnceAsync(MfaCustomer customer, TestPassword current, TestPassword like, int times)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 2);
        var targets = NewPasswords(like, times);
        var copies = targets.Select(_ => Copy(customer)).ToArray();
        var calls = await Task.WhenAll(copies.Select((c, i) => flow.ChangeMfaPasswordAsync(c, current.Value, targets[i], targets[i], None))).ConfigureAwait(false);
        Record(customer.Password ?? current.Value, [.. calls.Select((call, i) => new CredentialUpdate(call, targets[i], IsReset: false))]);
    }

    /// <summary>W2: <paramref name="times"/> E12 resets, each on an MFA session of its own (opened first, one by one), to different new passwords.</summary>
    public async Task ResetAtOnceAsync(MfaCustomer customer, TestPassword like, int times)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 2);
        var targets = NewPasswords(like, times);
        var copies = new List<MfaCustomer>(times);
        for (var i = 0; i < times; i++)
        {
            var copy = Copy(customer);
            await setUp.OpenMfaSessionAsync(copy).ConfigureAwait(false);
            copies.Add(copy);
        }

        var calls = await Task.WhenAll(copies.Select((c, i) => flow.ResetMfaPasswordAsync(c, targets[i], targets[i], None))).ConfigureAwait(false);
        Record(customer.Password ?? string.Empty, [.. calls.Select((call, i) => new CredentialUpdate(call, targets[i], IsReset: true))]);
    }

    /// <summary>W3: an E13 change with T2 and an E12 reset on the current MFA session, sent at once.</summary>
    public async Task ChangeAndResetAtOnceAsync(MfaCustomer customer, TestPassword current, TestPassword changed, TestPassword reset)
    {
        var (changer, resetter) = (Copy(customer), Copy(customer));
        var change = flow.ChangeMfaPasswordAsync(changer, current.Value, changed.Value, changed.Value, None);
        var forget = flow.ResetMfaPasswordAsync(resetter, reset.Value, reset.Value, None);
        await Task.WhenAll(change, forget).ConfigureAwait(false);
        Record(customer.Password ?? current.Value, [new CredentialUpdate(await change.ConfigureAwait(false), changed.Value, IsReset: false), new CredentialUpdate(await forget.ConfigureAwait(false), reset.Value, IsReset: true)]);
    }

    private string[] NewPasswords(TestPassword like, int times) =>
        [.. Enumerable.Range(0, times).Select(_ => passwords.Another(like.Literal ?? like.Value))];

    /// <summary>The customer with copies of its flow values (T1, T2, K2, M): one per concurrent call.</summary>
    private static MfaCustomer Copy(MfaCustomer customer)
    {
        var copy = customer.FreshLogin();
        copy.Flow.FirstFactorToken = customer.Flow.FirstFactorToken;
        copy.Flow.MfaSession = customer.Flow.MfaSession;
        copy.Flow.MfaToken = customer.Flow.MfaToken;
        copy.Flow.MfaKey = customer.Flow.MfaKey;
        return copy;
    }

    private void Record(string original, IReadOnlyList<CredentialUpdate> updates)
    {
        race.Record(original, updates);
        responses.Record([.. updates.Select(u => u.Response)]);
    }
}
