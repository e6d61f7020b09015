using MfaConformance.Bdd;

namespace MfaConformance.LoadScenarios;

/// <summary>How a pickle runs as load: each step's role and, for actions, its measured step name.</summary>
public sealed class GherkinLoadPlan
{
    private GherkinLoadPlan(GherkinPickle pickle, IReadOnlyList<GherkinStepRole> roles, IReadOnlyList<string?> names)
    {
        Pickle = pickle;
        Roles = roles;
        Names = names;
    }

    public GherkinPickle Pickle { get; }

    /// <summary>The role of each pickle step, by index.</summary>
    public IReadOnlyList<GherkinStepRole> Roles { get; }

    /// <summary>The measured step name of each action step (null for other roles), by index.</summary>
    public IReadOnlyList<string?> Names { get; }

    /// <summary>The measured step names, in order.</summary>
    public IReadOnlyList<string> MeasuredSteps => [.. Names.OfType<string>()];

    public static GherkinLoadPlan For(GherkinPickle pickle)
    {
        ArgumentNullException.ThrowIfNull(pickle);
        var roles = new GherkinStepRole[pickle.Steps.Count];
        var names = new string?[pickle.Steps.Count];
        var afterAction = false;
        for (var i = 0; i < roles.Length; i++)
        {
            var step = pickle.Steps[i];
            roles[i] = step.BindingKeyword switch
            {
                StepDefinitionKeyword.Given => GherkinStepRole.SetUp,
                StepDefinitionKeyword.When => GherkinStepRole.Action,
                _ when afterAction && IsCheckOfTheCall(step.Text) => GherkinStepRole.Check,
                _ => GherkinStepRole.Verification,
            };
            afterAction = roles[i] is GherkinStepRole.Action or GherkinStepRole.Check;
            names[i] = roles[i] == GherkinStepRole.Action ? GherkinStepNames.For(step.Text) : null;
        }

        return new GherkinLoadPlan(pickle, roles, names);
    }

    private static bool IsCheckOfTheCall(string text) =>
        text.StartsWith("the call ", StringComparison.Ordinal)
        || text.StartsWith("the response", StringComparison.Ordinal)
        || text.StartsWith("each of those calls", StringComparison.Ordinal);
}
