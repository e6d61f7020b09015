using System.Text;
using System.Text.Json;

namespace MfaConformance.Bdd;

/// <summary>
/// Cucumber messages (ndjson, one envelope per line, field names of the messages schema): meta, source, pickle,
/// testRunStarted, testCase, testCaseStarted, testStepStarted, attachment, testStepFinished, testCaseFinished, testRunFinished.
/// </summary>
public static class CucumberMessagesFormatter
{
    public static void Write(TestRunResult result, TextWriter output)
    {
        var line = new EnvelopeWriter(output);
        line.Write("meta", w =>
        {
            w.WriteString("protocolVersion", "22.0.0");
            Named(w, "implementation", "MfaConformance.Bdd", typeof(CucumberMessagesFormatter).Assembly.GetName().Version?.ToString() ?? "0");
            Named(w, "runtime", ".NET", Environment.Version.ToString());
            Named(w, "os", Environment.OSVersion.Platform.ToString(), Environment.OSVersion.VersionString);
            Named(w, "cpu", System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture.ToString(), null);
        });
        foreach (var feature in result.Features)
        {
            if (feature.Source is not null)
            {
                line.Write("source", w =>
                {
                    w.WriteString("uri", feature.Feature.FilePath);
                    w.WriteString("data", feature.Source);
                    w.WriteString("mediaType", "text/x.cucumber.gherkin+plain");
                });
            }

            foreach (var s in feature.Scenarios)
            {
                WritePickle(line, feature, s);
            }
        }

        line.Write("testRunStarted", w => Timestamp(w, "timestamp", result.StartedAt));
        foreach (var s in result.Scenarios)
        {
            WriteTestCase(line, s);
        }

        line.Write("testRunFinished", w =>
        {
            w.WriteBoolean("success", result.IsSuccess());
            if (result.RunErrors.Count > 0)
            {
                w.WriteString("message", string.Join("; ", result.RunErrors));
            }

            Timestamp(w, "timestamp", result.StartedAt + result.Duration);
        });
    }

    private static void WritePickle(EnvelopeWriter line, FeatureResult feature, ScenarioResult s) =>
        line.Write("pickle", w =>
        {
            w.WriteString("id", s.PickleId);
            w.WriteString("uri", feature.Feature.FilePath);
            w.WriteString("name", s.Name);
            w.WriteString("language", s.Language);
            w.WriteStartArray("steps");
            for (var i = 0; i < s.Steps.Count; i++)
            {
                w.WriteStartObject();
                w.WriteString("id", $"{s.PickleId}#{i}");
                w.WriteString("text", s.Steps[i].Text);
                w.WriteStartArray("astNodeIds");
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("tags");
            foreach (var tag in s.Tags)
            {
                w.WriteStartObject();
                w.WriteString("name", "@" + tag);
                w.WriteString("astNodeId", string.Empty);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("astNodeIds");
            w.WriteEndArray();
        });

    private static void WriteTestCase(EnvelopeWriter line, ScenarioResult s)
    {
        var caseId = "tc:" + s.PickleId;
        var startedId = "tcs:" + s.PickleId;
        line.Write("testCase", w =>
        {
            w.WriteString("id", caseId);
            w.WriteString("pickleId", s.PickleId);
            w.WriteStartArray("testSteps");
            for (var i = 0; i < s.Steps.Count; i++)
            {
                w.WriteStartObject();
                w.WriteString("id", $"{caseId}#{i}");
                w.WriteString("pickleStepId", $"{s.PickleId}#{i}");
                w.WriteStartArray("stepDefinitionIds");
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
        line.Write("testCaseStarted", w =>
        {
            w.WriteNumber("attempt", 0);
            w.WriteString("id", startedId);
            w.WriteString("testCaseId", caseId);
            Timestamp(w, "timestamp", s.StartedAt);
        });
        var at = s.StartedAt;
        for (var i = 0; i < s.Steps.Count; i++)
        {
            WriteStep(line, s.Steps[i], startedId, $"{caseId}#{i}", at);
            at += s.Steps[i].Duration;
        }

        line.Write("testCaseFinished", w =>
        {
            w.WriteString("testCaseStartedId", startedId);
            Timestamp(w, "timestamp", s.StartedAt + s.Duration);
            w.WriteBoolean("willBeRetried", false);
        });
    }

    private static void WriteStep(EnvelopeWriter line, StepResult step, string startedId, string stepId, DateTimeOffset at)
    {
        line.Write("testStepStarted", w =>
        {
            w.WriteString("testCaseStartedId", startedId);
            w.WriteString("testStepId", stepId);
            Timestamp(w, "timestamp", at);
        });
        foreach (var a in step.Attachments.Concat(step.Output.Select(o => new ScenarioAttachment("output", "text/x.cucumber.log+plain", o))))
        {
            line.Write("attachment", w =>
            {
                w.WriteString("body", a.Content);
                w.WriteString("contentEncoding", "IDENTITY");
                w.WriteString("mediaType", a.MediaType);
                w.WriteString("fileName", a.Name);
                w.WriteString("testCaseStartedId", startedId);
                w.WriteString("testStepId", stepId);
            });
        }

        line.Write("testStepFinished", w =>
        {
            w.WriteString("testCaseStartedId", startedId);
            w.WriteString("testStepId", stepId);
            w.WriteStartObject("testStepResult");
            Duration(w, step.Duration);
            w.WriteString("status", step.Outcome.ToString().ToUpperInvariant());
            if (step.ErrorMessage is not null)
            {
                w.WriteString("message", step.ErrorMessage);
            }

            w.WriteEndObject();
            Timestamp(w, "timestamp", at + step.Duration);
        });
    }

    private static void Named(Utf8JsonWriter w, string property, string name, string? version)
    {
        w.WriteStartObject(property);
        w.WriteString("name", name);
        if (version is not null)
        {
            w.WriteString("version", version);
        }

        w.WriteEndObject();
    }

    private static void Timestamp(Utf8JsonWriter w, string property, DateTimeOffset at)
    {
        var ticks = at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        w.WriteStartObject(property);
        w.WriteNumber("seconds", ticks / TimeSpan.TicksPerSecond);
        w.WriteNumber("nanos", ticks % TimeSpan.TicksPerSecond * 100);
        w.WriteEndObject();
    }

    private static void Duration(Utf8JsonWriter w, TimeSpan d)
    {
        w.WriteStartObject("duration");
        w.WriteNumber("seconds", d.Ticks / TimeSpan.TicksPerSecond);
        w.WriteNumber("nanos", d.Ticks % TimeSpan.TicksPerSecond * 100);
        w.WriteEndObject();
    }

    private sealed class EnvelopeWriter(TextWriter output)
    {
        private readonly MemoryStream _buffer = new();

        public void Write(string type, Action<Utf8JsonWriter> body)
        {
            _buffer.SetLength(0);
            using (var w = new Utf8JsonWriter(_buffer))
            {
                w.WriteStartObject();
                w.WriteStartObject(type);
                body(w);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            output.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
            output.Write('\n');
        }
    }
}
