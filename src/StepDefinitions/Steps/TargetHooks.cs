using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Deadlines;
using MfaConformance.StepDefinitions.Target;
using Reqnroll;
using Reqnroll.UnitTestProvider;
namespace MfaConformance.StepDefinitions.Steps;

/// <summary>
/// Before each scenario: skip it (with the reason, through Reqnroll's <see cref="IUnitTestRuntimeProvider.TestIgnore"/>)
/// when the target lacks a @needs-* capability, then take the clock gate (exclusively for @needs-clock scenarios,
/// which move the shared clock).
/// </summary>
[Binding]
public sealed class TargetHooks(ConformanceTarget target, ScenarioContext scenario, ClockLeaseContext lease, IUnitTestRuntimeProvider runtime, ScenarioDeadline deadline)
{
    public static readonly IReadOnlyDictionary<string, TargetCapabilities> CapabilityTags = new Dictionary<string, TargetCapabilities>(StringComparer.OrdinalIgnoreCase)
    {
        ["needs-fresh-customer"] = TargetCapabilities.FreshCustomer,
        ["needs-otp"] = TargetCapabilities.Otp,
        ["needs-clock"] = TargetCapabilities.Clock,
        ["needs-brand-config"] = TargetCapabilities.BrandConfig,
    };

    [BeforeScenario(Order = 0)]
    public void SkipWhenTheTargetLacksACapability()
    {
        if (target.UnavailableReason is { } unavailable)
        {
            runtime.TestIgnore($"the target could not be used: {unavailable}");
        }

        var reasons = CapabilityTags
            .Where(t => HasTag(t.Key) && !target.Has(t.Value))
            .Select(t => $"{t.Key}: {target.MissingReason(t.Value)}")
            .ToArray();
        if (reasons.Length > 0)
        {
            runtime.TestIgnore(string.Join("; ", reasons));
        }
    }

    [BeforeScenario(Order = 1)]
    public async Task TakeTheClockGate()
    {
        if (target.Deadline.HasPassed)
        {
            throw new ScenarioTimedOutException($"timed out before it started: {target.Deadline.Reason}");
        }

        try
        {
            await lease.AcquireAsync(target.ClockGate, exclusive: HasTag("needs-clock"), target.Deadline.Token);
        }
        catch (OperationCanceledException) when (target.Deadline.HasPassed)
        {
            throw new ScenarioTimedOutException($"timed out before it started (waiting for the clock gate): {target.Deadline.Reason}");
        }
    }

    /// <summary>The scenario's deadline runs from here (time waiting for the clock gate does not count); none once the run's deadline passed.</summary>
    [BeforeScenario(Order = 2)]
    public void StartTheScenarioDeadline() => deadline.Start();

    private bool HasTag(string tag) => scenario.ScenarioInfo.CombinedTags.Contains(tag, StringComparer.OrdinalIgnoreCase);
}
