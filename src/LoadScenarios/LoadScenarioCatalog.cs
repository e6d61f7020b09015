using MfaConformance.Bdd;
using MfaConformance.Bdd.Gherkin;
using MfaConformance.Bdd.Runtime;
using MfaConformance.LoadScenarios.Flows;
using MfaConformance.LoadScenarios.Gherkin;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Target;
namespace MfaConformance.LoadScenarios;

/// <summary>
/// Every load scenario by name: the C# flows (<see cref="LoadScenarioNames.Flows"/>) and the Gherkin scenarios tagged
/// @load (by the snake_case of their name). A Gherkin scenario without @load can still be run by its name or display name.
/// </summary>
public static class LoadScenarioCatalog
{
    public const string LoadTag = "load";

    private static readonly Dictionary<string, (string Description, Func<BddRun, LoadTarget, LoadScenarioOptions, LoadScenarioDefinition> Create)> Flows = new(StringComparer.Ordinal)
    {
        [LoadScenarioNames.ReturningUserLogin] = (ReturningUserLoginScenario.Description, ReturningUserLoginScenario.Create),
        [LoadScenarioNames.FirstTimeEnrolment] = (FirstTimeEnrolmentScenario.Description, FirstTimeEnrolmentScenario.Create),
        [LoadScenarioNames.ForgotPassword] = (ForgotPasswordScenario.Description, ForgotPasswordScenario.Create),
        [LoadScenarioNames.ChangePassword] = (ChangePasswordScenario.Description, ChangePasswordScenario.Create),
        [LoadScenarioNames.TokenRegeneration] = (TokenRegenerationScenario.Description, TokenRegenerationScenario.Create),
        [LoadScenarioNames.FirstFactorLogin] = (FirstFactorLoginScenario.Description, FirstFactorLoginScenario.Create),
    };

    /// <summary>The C# flows, then the @load Gherkin scenarios of <paramref name="runtime"/> (when given).</summary>
    public static IReadOnlyList<LoadScenarioInfo> List(BddRun? runtime)
    {
        var list = LoadScenarioNames.Flows.Concat(LoadScenarioNames.Parts).Select(n => new LoadScenarioInfo(n, "C#", Flows[n].Description)).ToList();
        if (runtime is not null)
        {
            list.AddRange(runtime.AllPickles.Where(p => p.HasTag(LoadTag))
                .Select(p => new LoadScenarioInfo(GherkinLoadScenario.NameOf(p), "Gherkin", p.DisplayName)));
        }

        return list;
    }

    /// <summary>True when <paramref name="name"/> is a C# flow.</summary>
    public static bool IsFlow(string name) => Flows.ContainsKey(name);

    /// <summary>The load name <paramref name="name"/> refers to (a flow, or a Gherkin scenario's snake_case name); throws <see cref="LoadScenarioException"/> listing the names when there is none.</summary>
    public static string Resolve(string name, BddRun? runtime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Flows.ContainsKey(name.Trim()) ? name.Trim() : GherkinLoadScenario.NameOf(FindPickle(name.Trim(), runtime));
    }

    /// <summary>
    /// Builds the scenario <paramref name="name"/> on the load's Reqnroll run (<see cref="LoadReqnrollRun"/>: started,
    /// the target registered); throws <see cref="LoadScenarioException"/> listing the names when there is none.
    /// </summary>
    public static LoadScenarioDefinition Create(string name, LoadTarget target, LoadScenarioOptions options, BddRun runtime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(runtime);
        RequireDataSources(target);
        if (Flows.TryGetValue(name.Trim(), out var flow))
        {
            RequireFreshCustomers(target);
            return flow.Create(runtime, target, options);
        }

        var pickle = FindPickle(name.Trim(), runtime);
        return GherkinLoadScenario.Create(runtime, pickle, target, options);
    }

    private static GherkinPickle FindPickle(string name, BddRun? runtime)
    {
        if (runtime is null)
        {
            throw Unknown(name, null, string.Empty);
        }

        var byLoadName = runtime.AllPickles.Where(p => GherkinLoadScenario.NameOf(p) == name).ToList();
        var matches = byLoadName.Count > 0 ? byLoadName : [.. runtime.FindPickles(name)];
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw Unknown(name, runtime, string.Empty),
            _ => throw Unknown(name, runtime, $" It matches {matches.Count} Gherkin scenarios: {string.Join("; ", matches.Take(5).Select(p => p.DisplayName))}."),
        };
    }

    private static LoadScenarioException Unknown(string name, BddRun? runtime, string detail) =>
        new($"no load scenario is named '{name}'.{detail} Known: {string.Join(", ", List(runtime).Select(s => s.Name))}.");

    private static void RequireDataSources(LoadTarget target)
    {
        if (target.Otp.Name == "prompt")
        {
            throw new LoadScenarioException("load cannot ask for OTPs interactively: choose --otp-source hooks, fixed:VALUE or command:CMD");
        }

        if (target.Otp.Name == "hooks" && !target.Conformance.HasHooks)
        {
            throw new LoadScenarioException($"the OTP source is 'hooks' but the target has no sandbox hooks ({target.Conformance.Detection.Detail}); choose --otp-source fixed:VALUE or command:CMD");
        }
    }

    private static void RequireFreshCustomers(LoadTarget target)
    {
        if (!target.Conformance.Has(TargetCapabilities.FreshCustomer))
        {
            throw new LoadScenarioException($"load needs one customer per iteration, but {target.Conformance.MissingReason(TargetCapabilities.FreshCustomer)}");
        }
    }
}
