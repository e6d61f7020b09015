using Reqnroll;
using Reqnroll.UnitTestProvider;

namespace MfaConformance.StepDefinitions;

/// <summary>
/// Before each scenario: skip it (with the reason, through Reqnroll's <see cref="IUnitTestRuntimeProvider.TestIgnore"/>)
/// when the target lacks a @needs-* capability, then take the clock gate (exclusively for @needs-clock scenarios,
/// which move the shared clock).
/// </summary>
[Binding]
public sealed class TargetHooks(ConformanceTarget target, ScenarioContext scenario, ClockLeaseContext lease, IUnitTestRuntimeProvider runtime)
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
    public Task TakeTheClockGate() => lease.AcquireAsync(target.ClockGate, exclusive: HasTag("needs-clock"));

    private bool HasTag(string tag) => scenario.ScenarioInfo.CombinedTags.Contains(tag, StringComparer.OrdinalIgnoreCase);
}
