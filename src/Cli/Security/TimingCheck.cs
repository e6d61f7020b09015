using System.Globalization;

namespace MfaConformance.Cli.Security;

/// <summary>
/// Check 4 (second half), the password compare's time against the length of the matching prefix: a known customer's
/// password of 16 characters, wrong guesses of the same length that match it on 0 and on 15 leading characters,
/// interleaved, timed, compared with the box test; the per-character cost is the shift over 15.
/// </summary>
internal static class TimingCheck
{
    public const string Name = "timing";

    private const string Password = "Qx7!mZ2#pL9$wR4&";

    public static async Task<IReadOnlyList<SecurityCheckResult>> RunAsync(SecurityProbe probe, SecurityOptions options, CancellationToken ct)
    {
        var none = new AnswerGroup("prefix 0 of 16");
        var most = new AnswerGroup("prefix 15 of 16");
        var p = probe.NewPerson();
        await probe.CreateAsync([p], Password, ct);
        var noMatch = "a" + Password[1..];
        var almost = Password[..^1] + "a";
        for (var round = 0; round < Math.Max(5, options.TimingSamples / 2); round++)
        {
            if ((await probe.TokenGenerateAsync(p, ct)).User?.SessionId is not { } s)
            {
                break;
            }

            for (var i = 0; i < 2; i++)
            {
                none.Add(await probe.PasswordValidateAsync(p, s, noMatch, web: false, ct));
                most.Add(await probe.PasswordValidateAsync(p, s, almost, web: false, ct));
            }

            await probe.PasswordValidateAsync(p, s, Password, web: false, ct);
        }

        if (none.Count < 10)
        {
            return [new() { Check = Name, Id = "4e", Item = "ASVS 4.0 2.4.1", Title = "Password compare time against the matching prefix", Verdict = SecurityVerdict.NotRun, Figure = $"{none.Count} samples" }];
        }

        var box = SecurityStatistics.Box(none.Milliseconds, most.Milliseconds, SecurityOptions.Alpha);
        return
        [
            new()
            {
                Check = Name, Id = "4e", Item = "ASVS 4.0 2.4.1", Title = "password/validate time against the length of the matching prefix",
                Verdict = box.Differ && box.Shift > 0 ? SecurityVerdict.Finding : SecurityVerdict.Pass,
                Figure = string.Create(CultureInfo.InvariantCulture,
                    $"{none.Count} + {most.Count} wrong guesses, interleaved. {none.Describe()}; {most.Describe()}; shift {box.Shift:0.###} ms = {box.Shift / 15:0.####} ms per matching character "
                    + $"({(box.Differ && box.Shift > 0 ? "the time grows with the prefix" : "no dependence found")}; detectable at this size ≈ {box.Detectable / 15:0.####} ms per character)"),
                Method = EnumerationCheck.TimingMethod + " A finding needs the longer prefix to be slower.",
                Evidence = SecurityEvidence.Of(most.Example),
                Curl = SecurityEvidence.Curl(most.Example),
            },
        ];
    }
}
