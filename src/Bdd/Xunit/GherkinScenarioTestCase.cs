using System.ComponentModel;
using MfaConformance.Bdd.Gherkin;
using Xunit.Abstractions;
using Xunit.Sdk;
namespace MfaConformance.Bdd.Xunit;

/// <summary>One pickle as an xUnit test case (serializable, so Test Explorer and `dotnet test` can run it by name).</summary>
public sealed class GherkinScenarioTestCase : XunitTestCase
{
    private string _featuresPath = string.Empty;
    private string _pickleId = string.Empty;
    private string _displayName = string.Empty;
    private string _featureTitle = string.Empty;
    private string[] _tags = [];

    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public GherkinScenarioTestCase()
    {
    }

    internal GherkinScenarioTestCase(
        IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod method,
        string featuresPath, GherkinPickle pickle)
        : base(sink, display, displayOptions, method)
    {
        _featuresPath = featuresPath;
        _pickleId = pickle.Id;
        _displayName = pickle.DisplayName;
        _featureTitle = pickle.Feature.Title;
        _tags = [.. pickle.Tags];
    }

    public string PickleId => _pickleId;

    public string FeaturesPath => _featuresPath;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("FeaturesPath", _featuresPath);
        data.AddValue("PickleId", _pickleId);
        data.AddValue("PickleName", _displayName);
        data.AddValue("FeatureTitle", _featureTitle);
        data.AddValue("Tags", string.Join('\n', _tags));
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _featuresPath = data.GetValue<string>("FeaturesPath");
        _pickleId = data.GetValue<string>("PickleId");
        _displayName = data.GetValue<string>("PickleName");
        _featureTitle = data.GetValue<string>("FeatureTitle");
        _tags = data.GetValue<string>("Tags").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        base.Deserialize(data);
    }

    public override async Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments,
        ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    {
        var summary = new RunSummary { Total = 1 };
        var test = new XunitTest(this, DisplayName);
        if (!messageBus.QueueMessage(new TestCaseStarting(this)) || !messageBus.QueueMessage(new TestStarting(test)))
        {
            cancellationTokenSource.Cancel();
        }

        var outcome = await XunitScenarioRunner.RunAsync(this, _featuresPath, _pickleId, cancellationTokenSource.Token).ConfigureAwait(false);
        summary.Time = outcome.Seconds;
        IMessageSinkMessage result = outcome.Kind switch
        {
            XunitScenarioOutcome.OutcomeKind.Passed => new TestPassed(test, outcome.Seconds, outcome.Output),
            XunitScenarioOutcome.OutcomeKind.Skipped => new TestSkipped(test, outcome.Message),
            _ => new TestFailed(test, outcome.Seconds, outcome.Output, outcome.Exception),
        };
        summary.Skipped = outcome.Kind == XunitScenarioOutcome.OutcomeKind.Skipped ? 1 : 0;
        summary.Failed = outcome.Kind == XunitScenarioOutcome.OutcomeKind.Failed ? 1 : 0;
        messageBus.QueueMessage(result);
        messageBus.QueueMessage(new TestFinished(test, outcome.Seconds, outcome.Output));
        messageBus.QueueMessage(new TestCaseFinished(this, summary.Time, summary.Total, summary.Failed, summary.Skipped));
        return summary;
    }

    protected override void Initialize()
    {
        base.Initialize();
        DisplayName = _displayName;
        Traits.TryAdd("Category", []);
        foreach (var tag in _tags)
        {
            Traits["Category"].Add(tag);
        }

        Traits["Feature"] = [_featureTitle];
    }

    protected override string GetUniqueID() => $"{TestMethod.TestClass.Class.Name}.{TestMethod.Method.Name}:{_pickleId}";

    protected override string GetSkipReason(IAttributeInfo factAttribute) => null!;
}
