using MfaConformance.Client;

using MfaConformance.Client.Responses;
using MfaConformance.StepDefinitions.Contexts;
namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>
/// T17 and T18, the checks after credential updates sent at once. Linearizability is the rule: the outcome must be
/// that of some order of the calls. Changes made with the same current password can then succeed at most once (after
/// the first, the current password is another); one validated OTP authorizes at most one reset; and when a change and a
/// reset were both acknowledged the change came first, so the reset's password is the one that works.
/// </summary>
public static class RaceChecks
{
    /// <summary>Passwords checked as refused after the survivor (a few: more wrong attempts could trip an attempt limit).</summary>
    private const int RefusedChecked = 2;

    /// <summary>T17: at most one success; every other call refused (never a crash or no answer).</summary>
    public static void AtMostOneSucceeds(IReadOnlyList<ApiResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var succeeded = responses.Where(r => r.IsSuccess).ToList();
        ResponseChecks.Check(succeeded.Count <= 1, $"expected at most one of the {responses.Count} calls sent at once to succeed (only one can be right), but {succeeded.Count} were acknowledged: {string.Join("; ", succeeded.Select(ResponseDescriptions.Describe))}");
        foreach (var response in responses.Where(r => !r.IsSuccess))
        {
            ResponseChecks.Fails(response);
        }
    }

    /// <summary>T18: the password that must work after the burst, and a few that must not.</summary>
    public static (string Expected, IReadOnlyList<string> Refused) Survivor(RaceContext race)
    {
        ArgumentNullException.ThrowIfNull(race);
        var updates = race.Updates;
        foreach (var update in updates)
        {
            ResponseChecks.NoServerFault(update.Response);
        }

        var changes = updates.Where(u => !u.IsReset && u.Response.IsSuccess).ToList();
        var resets = updates.Where(u => u.IsReset && u.Response.IsSuccess).ToList();
        ResponseChecks.Check(changes.Count <= 1, $"{changes.Count} changes made with the same current password were acknowledged, but only one can have been right: the others' passwords were silently lost");
        ResponseChecks.Check(resets.Count <= 1, $"{resets.Count} resets were acknowledged, but one validated OTP authorizes one reset: the others' passwords were silently lost");
        var winner = resets.FirstOrDefault() ?? changes.FirstOrDefault();
        var expected = winner?.Password ?? race.Original ?? string.Empty;
        var refused = new[] { race.Original }
            .Concat(updates.Select(u => u.Password))
            .OfType<string>()
            .Where(p => p.Length > 0 && p != expected)
            .Distinct(StringComparer.Ordinal)
            .Take(RefusedChecked)
            .ToList();
        return (expected, refused);
    }
}
