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
internal sealed class ResultsCollector(IReadOnlyList<LoadedFeature> features) : ICucumberMessageFormatter
{
    public const string FormatterName = "mfaResults";

    private readonly Lock _gate = new();
    private readonly MessageLog _log = new();

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
        }

        return Task.CompletedTask;
    }

    public TestRunResult Build(IReadOnlyList<string> runErrors)
    {
        lock (_gate)
        {
            return new ResultsBuilder(features, _log).Build(runErrors);
        }
    }
}
