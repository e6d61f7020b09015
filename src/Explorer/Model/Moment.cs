namespace MfaConformance.Explorer.Model;

/// <summary>
/// When a call happened, as the model can know it: the seconds the program had moved the target's clock by then
/// (<see cref="Advanced"/>) and the harness's monotonic wall clock when the request left and the answer arrived. The
/// target's clock may stand still between moves or run with the wall clock; <see cref="AgeRange"/> allows both.
/// </summary>
public readonly record struct Moment(long Advanced, double SentAt, double AnsweredAt)
{
    /// <summary>How much of the target's time lies between <paramref name="earlier"/> and this moment.</summary>
    public AgeRange Since(Moment earlier) =>
        new(Advanced - earlier.Advanced, Advanced - earlier.Advanced + Math.Max(0, AnsweredAt - earlier.SentAt) + AgeRange.Slack);

    public override string ToString() => $"+{Advanced} s";
}
