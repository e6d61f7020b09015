using MfaConformance.Bdd.Reporting;
using Reqnroll.Analytics;
using Reqnroll.Formatters;
using Reqnroll.Formatters.Configuration;
using Reqnroll.Formatters.PayloadProcessing.Cucumber;
using Reqnroll.Infrastructure;
using Reqnroll.Plugins;
using Reqnroll.Tracing;
using Reqnroll.UnitTestProvider;
namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// The Reqnroll runtime plugin of this integration, registered from code for one run: our unit-test provider (skip,
/// pending), the formatter configuration of the run, the results collector (a Cucumber messages formatter),
/// per-scenario output, failures that read first what went wrong (<see cref="TrimmedTraceMessageFactory"/>), and
/// Reqnroll's telemetry off.
/// </summary>
internal sealed class BddRuntimePlugin(BddFormattersConfiguration formatters, ResultsCollector results, RunDiagnostics diagnostics, bool traceSteps) : IRuntimePlugin
{
    public void Initialize(RuntimePluginEvents runtimePluginEvents, RuntimePluginParameters runtimePluginParameters, UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        ArgumentNullException.ThrowIfNull(runtimePluginEvents);
        ArgumentNullException.ThrowIfNull(unitTestProviderConfiguration);
        unitTestProviderConfiguration.UseUnitTestProvider(BddUnitTestRuntimeProvider.Name);
        runtimePluginEvents.RegisterGlobalDependencies += (_, e) =>
            e.ObjectContainer.RegisterTypeAs<BddUnitTestRuntimeProvider, IUnitTestRuntimeProvider>(BddUnitTestRuntimeProvider.Name);
        runtimePluginEvents.CustomizeGlobalDependencies += (_, e) =>
        {
            e.ObjectContainer.RegisterInstanceAs<IFormattersConfigurationProvider>(formatters);
            e.ObjectContainer.RegisterInstanceAs<ICucumberMessageFormatter>(results, ResultsCollector.FormatterName);
            e.ObjectContainer.RegisterTypeAs<NoTelemetry, IEnvironmentReqnrollTelemetryChecker>();
            e.ObjectContainer.RegisterTypeAs<TrimmedTraceMessageFactory, ICucumberMessageFactory>();
        };
        runtimePluginEvents.CustomizeScenarioDependencies += (_, e) => e.ObjectContainer.ObjectCreated += ReflectionCaches.Keep;
        runtimePluginEvents.CustomizeTestThreadDependencies += (_, e) =>
        {
            e.ObjectContainer.RegisterInstanceAs(diagnostics);
            e.ObjectContainer.RegisterTypeAs<ScenarioTraceListener, ITraceListener>();
            e.ObjectContainer.RegisterTypeAs<ReqnrollAttachmentHandler, IReqnrollAttachmentHandler>();
            if (!traceSteps)
            {
                e.ObjectContainer.RegisterTypeAs<NullTestTracer, ITestTracer>();
            }
        };
    }
}
