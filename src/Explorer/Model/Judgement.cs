namespace MfaConformance.Explorer.Model;

/// <summary>
/// Collects what the documentation says about one call while the model walks its rules: certain refusals, possible
/// ones, and the rule to cite when nothing can refuse it (the most specific one that was put to the test).
/// </summary>
internal sealed class Judgement
{
    private readonly List<Finding> _findings = [];
    private string _citation = RuleIds.Flow;
    private string _citationReason = "the call follows the documented flow with its own valid credentials";
    private int _citationWeight = -1;
    private string? _eitherReason;

    public IReadOnlyList<Finding> Findings => _findings;

    public bool HasCertainRefusal => _findings.Any(f => f.Certainty == Tri.Yes);

    public bool HasAnyRefusal => _findings.Count > 0;

    public void Refuse(string rule, string reason) => _findings.Add(new Finding(Tri.Yes, rule, reason));

    public void Maybe(string rule, string reason) => _findings.Add(new Finding(Tri.Maybe, rule, reason));

    public void Check(Tri refused, string rule, string reason)
    {
        if (refused != Tri.No)
        {
            _findings.Add(new Finding(refused, rule, reason));
        }
    }

    /// <summary>The rule a success would be cited under (the highest weight wins).</summary>
    public void Cite(string rule, string reason, int weight)
    {
        if (weight > _citationWeight)
        {
            _citation = rule;
            _citationReason = reason;
            _citationWeight = weight;
        }
    }

    /// <summary>A success is not certain even though no rule refuses the call (section 5 leaves it open).</summary>
    public void SuccessIsOpen(string reason) => _eitherReason ??= reason;

    public Prediction Conclude(ResponseContract contract)
    {
        if (_findings.FirstOrDefault(f => f.Certainty == Tri.Yes) is { } certain)
        {
            return new Prediction(Expectation.MustBeRefused, certain.RuleId, certain.Reason) { Contract = contract, Findings = [.. _findings] };
        }

        if (_findings.Count > 0)
        {
            return new Prediction(Expectation.Either, null, string.Join("; ", _findings.Select(f => f.Reason))) { Contract = contract, Findings = [.. _findings] };
        }

        return _eitherReason is { } open
            ? new Prediction(Expectation.Either, null, open) { Contract = contract }
            : new Prediction(Expectation.MustSucceed, _citation, _citationReason) { Contract = contract };
    }
}
