using MfaConformance.Bdd;
using MfaConformance.Bdd.Gherkin;
using MfaConformance.Bdd.Runtime;
using MfaConformance.LoadScenarios.Steps;
using Reqnroll.Bindings;
namespace MfaConformance.LoadScenarios.Gherkin;

/// <summary>
/// How a pickle runs as load, from the step definitions Reqnroll binds its steps to: each step's role, and for API
/// actions the measured step name (<see cref="LoadStepBindings"/>).
/// </summary>
public sealed class GherkinLoadPlan
{
    private GherkinLoadPlan(GherkinPickle pickle, IReadOnlyList<GherkinStepRole> roles, IReadOnlyList<string?> names, IReadOnlyList<StepBinding?> bindings)
    {
        Pickle = pickle;
        Roles = roles;
        Names = names;
        Bindings = bindings;
    }

    public GherkinPickle Pickle { get; }

    /// <summary>The role of each pickle step, by index.</summary>
    public IReadOnlyList<GherkinStepRole> Roles { get; }

    /// <summary>The measured step name of each action step (null for other roles), by index.</summary>
    public IReadOnlyList<string?> Names { get; }

    /// <summary>The step definition of each step (null when undefined: Reqnroll then fails the step), by index.</summary>
    public IReadOnlyList<StepBinding?> Bindings { get; }

    /// <summary>The measured step names, in order.</summary>
    public IReadOnlyList<string> MeasuredSteps => [.. Names.OfType<string>()];

    /// <summary>The plan of <paramref name="pickle"/> with the bindings of <paramref name="run"/> (which must be started).</summary>
    public static GherkinLoadPlan For(GherkinPickle pickle, BddRun run)
    {
        ArgumentNullException.ThrowIfNull(pickle);
        ArgumentNullException.ThrowIfNull(run);
        var bindings = pickle.Steps.Select(run.FindBinding).ToArray();
        var roles = new GherkinStepRole[pickle.Steps.Count];
        var names = new string?[pickle.Steps.Count];
        var afterAction = false;
        for (var i = 0; i < roles.Length; i++)
        {
            names[i] = LoadStepBindings.ActionName(bindings[i]);
            roles[i] = pickle.Steps[i].BindingType switch
            {
                StepDefinitionType.When when names[i] is not null => GherkinStepRole.Action,
                StepDefinitionType.Then when afterAction && LoadStepBindings.IsCheckOfTheCall(bindings[i]) => GherkinStepRole.Check,
                StepDefinitionType.Then => GherkinStepRole.Verification,
                _ => GherkinStepRole.SetUp,
            };
            names[i] = roles[i] == GherkinStepRole.Action ? names[i] : null;
            afterAction = roles[i] is GherkinStepRole.Action or GherkinStepRole.Check;
        }

        return new GherkinLoadPlan(pickle, roles, names, bindings);
    }
}
