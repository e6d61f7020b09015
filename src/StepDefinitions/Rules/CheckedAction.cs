using MfaConformance.StepDefinitions.Actions;

namespace MfaConformance.StepDefinitions.Rules;

/// <summary>
/// Which action's answer a pickle checks, from what its step bindings declare: the action (<see cref="ApiActionAttribute"/>)
/// of the last step before the first check that the call was refused; else before the first check of the call at all
/// (<see cref="ChecksTheCallAttribute"/>); else, when the pickle only checks fresh logins, where the first of them ends
/// (<see cref="FreshLoginCheckAttribute"/>: mfa/password/validate for "… complete MFA …", otp/validate for "… complete the
/// first factor").
/// </summary>
public static class CheckedAction
{
    /// <summary>The action whose answer <paramref name="steps"/> check, or null when none can be told.</summary>
    public static ApiAction? Of(IReadOnlyList<SuiteStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var checks = steps.Select((s, i) => (Check: ApiActions.CheckOf(s.Binding), Index: i)).Where(c => c.Check is not null).ToArray();
        if (checks.Length == 0)
        {
            return steps.Select(s => ApiActions.FreshLoginEndOf(s.Binding)).FirstOrDefault(a => a is not null);
        }

        var checkedAt = checks.Where(c => c.Check!.Refusal).Select(c => c.Index).DefaultIfEmpty(checks[0].Index).First();
        return steps.Take(checkedAt).Select(s => ApiActions.Of(s.Binding)).LastOrDefault(a => a is not null);
    }
}
