using System.Globalization;
using MfaConformance.Client.Responses;

namespace MfaConformance.Cli.Security;

/// <summary>
/// Check 4, enumeration (WSTG-IDNT-04): on every endpoint that takes an identity and a
/// password, a known customer with a wrong password against a customer the target holds no password for (an identity
/// never seen before), interleaved: status, code, the body (credentials masked), its length and the time, the time
/// compared with the box test (<see cref="SecurityStatistics.Box"/>). token/generate is compared too; it tells the two
/// apart by design (userRegisteredForPassword, documented), which is reported as documented.
/// </summary>
internal static class EnumerationCheck
{
    public const string Name = "enumeration";

    public const string KnownPassword = "Known!Passw0rd-9";

    private static readonly string[] Guesses = ["Wr0ng!guess-aa", "Wr0ng!guess-bb", "Wr0ng!guess-cc", "Wr0ng!guess-dd"];

    public static async Task<IReadOnlyList<SecurityCheckResult>> RunAsync(SecurityProbe probe, SecurityOptions options, CancellationToken ct)
    {
        var rounds = Math.Max(5, options.TimingSamples / Guesses.Length);
        return
        [
            await TokenGenerateAsync(probe, options, ct),
            await PasswordValidateAsync(probe, rounds, web: false, ct),
            await PasswordValidateAsync(probe, rounds, web: true, ct),
            await MfaPasswordValidateAsync(probe, rounds, ct),
        ];
    }

    private static async Task<SecurityCheckResult> TokenGenerateAsync(SecurityProbe probe, SecurityOptions options, CancellationToken ct)
    {
        var known = new AnswerGroup("known customer");
        var unknown = new AnswerGroup("unknown identity");
        var p = probe.NewPerson();
        await probe.CreateAsync([p], KnownPassword, ct);
        for (var i = 0; i < options.TimingSamples; i++)
        {
            known.Add(await probe.TokenGenerateAsync(p, ct));
            unknown.Add(await probe.TokenGenerateAsync(probe.NewPerson(), ct));
        }

        var differences = AnswerGroup.Differences(known, unknown);
        var box = SecurityStatistics.Box(known.Milliseconds, unknown.Milliseconds, SecurityOptions.Alpha);
        var documented = differences.Count > 0 && differences.All(d => d == "$.user.userRegisteredForPassword");
        return Row("4a", "token/generate (mobile): a known customer against an unknown identity", known, unknown, box, differences,
            documented ? SecurityVerdict.Documented : differences.Count > 0 ? SecurityVerdict.Finding : SecurityVerdict.Pass,
            documented ? "; the difference is user.userRegisteredForPassword, which the documentation returns (E1, S10): the API tells registered customers apart by design (the time is reported, not judged: a first call creates the customer)" : string.Empty);
    }

    private static async Task<SecurityCheckResult> PasswordValidateAsync(SecurityProbe probe, int rounds, bool web, CancellationToken ct)
    {
        var known = new AnswerGroup("known customer, wrong password");
        var unknown = new AnswerGroup("unknown customer");
        var p = probe.NewPerson();
        await probe.CreateAsync([p], KnownPassword, ct);
        for (var round = 0; round < rounds; round++)
        {
            var stranger = probe.NewPerson();
            var s1 = (web ? await probe.WebTokenGenerateAsync(p, ct) : await probe.TokenGenerateAsync(p, ct)).User?.SessionId;
            var s2 = (web ? await probe.WebTokenGenerateAsync(stranger, ct) : await probe.TokenGenerateAsync(stranger, ct)).User?.SessionId;
            if (s1 is null || s2 is null)
            {
                break;
            }

            foreach (var guess in Guesses)
            {
                known.Add(await probe.PasswordValidateAsync(p, s1, guess, web, ct));
                unknown.Add(await probe.PasswordValidateAsync(stranger, s2, guess, web, ct));
            }

            // the right password resets the known customer's count of wrong ones (so the samples never meet the lock)
            await probe.PasswordValidateAsync(p, s1, KnownPassword, web, ct);
        }

        return Judge(web ? "4c" : "4b", $"{(web ? "web/password/validate" : "password/validate")}: a known customer's wrong password against an unknown customer", known, unknown);
    }

    private static async Task<SecurityCheckResult> MfaPasswordValidateAsync(SecurityProbe probe, int rounds, CancellationToken ct)
    {
        var known = new AnswerGroup("known customer, wrong password");
        var unknown = new AnswerGroup("customer without an MFA password");
        var p = probe.NewPerson();
        await probe.CreateAsync([p], KnownPassword, ct);
        string? t1 = null;
        for (var round = 0; round < rounds; round++)
        {
            if (t1 is null || (await probe.MfaTokenGenerateAsync(p, t1, null, ct)).User?.SessionId is not { } m1)
            {
                (t1, _, var fresh, _) = await probe.MfaSessionAsync(p, null, ct);
                if (fresh is null)
                {
                    break;
                }

                m1 = fresh;
            }

            var stranger = probe.NewPerson();
            var (_, _, m2, _) = await probe.MfaSessionAsync(stranger, "First!Passw0rd-1", ct);
            if (m2 is null)
            {
                break;
            }

            foreach (var guess in Guesses)
            {
                known.Add(await probe.MfaPasswordValidateAsync(p, m1, guess, ct));
                unknown.Add(await probe.MfaPasswordValidateAsync(stranger, m2, guess, ct));
            }

            await probe.MfaPasswordValidateAsync(p, m1, KnownPassword, ct);
        }

        return Judge("4d", "mfa/password/validate: a known customer's wrong password against a customer without an MFA password", known, unknown);
    }

    private static SecurityCheckResult Judge(string id, string title, AnswerGroup known, AnswerGroup unknown)
    {
        if (known.Count < 10 || unknown.Count < 10)
        {
            return new() { Check = Name, Id = id, Item = "WSTG-IDNT-04", Title = title, Verdict = SecurityVerdict.NotRun, Figure = $"{known.Count} and {unknown.Count} answers (a set-up call failed)" };
        }

        var differences = AnswerGroup.Differences(known, unknown);
        var box = SecurityStatistics.Box(known.Milliseconds, unknown.Milliseconds, SecurityOptions.Alpha);
        return Row(id, title, known, unknown, box, differences, differences.Count > 0 || box.Differ ? SecurityVerdict.Finding : SecurityVerdict.Pass, string.Empty);
    }

    private static SecurityCheckResult Row(string id, string title, AnswerGroup known, AnswerGroup unknown, BoxTest box, IReadOnlyList<string> differences, SecurityVerdict verdict, string note) => new()
    {
        Check = Name,
        Id = id,
        Item = "WSTG-IDNT-04; ASVS 4.0 2.2.1 (no enumeration)",
        Title = title,
        Verdict = verdict,
        Figure = string.Create(CultureInfo.InvariantCulture, $"{known.Count} + {unknown.Count} answers, interleaved. {known.Describe()}; {unknown.Describe()}. ")
            + (differences.Count == 0 ? "Same status, code, body and length" : $"Differ in: {string.Join(", ", differences)}")
            + string.Create(CultureInfo.InvariantCulture, $"; time: {(box.Differ ? "differs" : "no difference found")} (shift {box.Shift:0.###} ms; detectable at this size ≈ {box.Detectable:0.###} ms){note}"),
        Method = TimingMethod,
        Evidence = SecurityEvidence.Of(known.Example, unknown.Example),
        Curl = SecurityEvidence.Curl(unknown.Example),
    };

    public static string TimingMethod => string.Create(CultureInfo.InvariantCulture,
        $"Answers compared exactly (status, code, body with credentials masked, length). Times: Crosby's box test on the 10th percentile, made exact: each group's order-statistic confidence interval of that percentile at 1 − α/2, disjoint intervals = a difference; false-alarm rate ≤ α = {SecurityOptions.Alpha}. The detectable shift is what would just separate intervals of the widths observed.");
}
