namespace MfaConformance.Explorer.Model;

/// <summary>
/// The model's answer for one call: must succeed, must be refused, or either. A must always cites its row of
/// docs/rules.md (<see cref="RuleId"/>) and says why (<see cref="Reason"/>); an either lists what left it open.
/// </summary>
public sealed record Prediction(Expectation Expectation, string? RuleId, string Reason)
{
    /// <summary>What a success must carry (checked on every success, whatever was predicted).</summary>
    public ResponseContract Contract { get; init; } = ResponseContract.None;

    /// <summary>Every certain and possible refusal the model found (empty for a plain success).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public bool IsMust => Expectation != Expectation.Either;

    public override string ToString() => Expectation switch
    {
        Expectation.MustSucceed => $"must succeed ({RuleId}): {Reason}",
        Expectation.MustBeRefused => $"must be refused ({RuleId}): {Reason}",
        _ => $"either: {Reason}",
    };
}
