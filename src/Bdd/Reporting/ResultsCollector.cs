using Io.Cucumber.Messages.Types;
using MfaConformance.Bdd.Gherkin;
using MfaConformance.Bdd.Results;
using Reqnroll.Formatters;
using Reqnroll.Formatters.PubSub;
namespace MfaConformance.Bdd.Reporting;

/// <summary>
/// A Reqnroll formatter that reads the run's own Cucumber messages (the envelopes written to messages.ndjson) and
/// keeps what the console summary, JUnit XML, verify, accept and the kill matrix need. Envelopes arrive from
/// parallel scenarios; they are recorded under a lock and turned into a <see cref="TestRunResult"/> at the end.
/// </summary>
internal sealed class ResultsCollector(IReadOnlyList<LoadedFeature> features, Action<int, int>? scenarioFinished = null) : ICucumberMessageFormatter
{
    public const string FormatterName = "mfaResults";

    private readonly Lock _gate = new();
    private readonly MessageLog _log = new();
    private readonly HashSet<string> _notPassed = new(StringComparer.Ordinal);
    private int _finished;
    private int _failed;

    public string Name => FormatterName;

    public void LaunchFormatter(ICucumberMessageBroker broker)
    {
        ArgumentNullException.ThrowIfNull(broker);
        broker.FormatterInitialized(this, enabled: true);
    }

    public Task PublishAsync(Envelope message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            _log.Add(message);
            if (scenarioFinished is not null)
            {
                Count(message);
            }
        }

        return Task.CompletedTask;
    }

    private void Count(Envelope message)
    {
        if (message.TestStepFinished is { } step && step.TestStepResult.Status is not (TestStepResultStatus.PASSED or TestStepResultStatus.SKIPPED))
        {
            _notPassed.Add(step.TestCaseStartedId);
        }
        else if (message.TestCaseFinished is { WillBeRetried: false } finished)
        {
            _finished++;
            _failed += _notPassed.Remove(finished.TestCaseStartedId) ? 1 : 0;
            scenarioFinished!(_finished, _failed);
        }
    }

    public TestRunResult Build(IReadOnlyList<string> runErrors, IReadOnlyDictionary<string, string>? traceIds = null)
    {
        lock (_gate)
        {
            return new ResultsBuilder(features, _log, traceIds).Build(runErrors);
        }
    }
}
