using HdrHistogram;
using MfaConformance.LoadEngine.Histograms;
using MfaConformance.LoadEngine.Stats;

namespace MfaConformance.LoadEngine.Reporting;

/// <summary>
/// Writes <c>latency.hlog</c>: the standard HdrHistogram interval log (HistogramLogWriter, as UTF-8), values in µs, one interval histogram
/// of ok latency from the intended start (µs) per reporting interval, tagged "scenario" for whole iterations and
/// "scenario/step" for each step. HdrHistogram's own tools (HistogramLogProcessor, HdrHistogramVisualizer, ...)
/// read it.
/// </summary>
internal static class HlogWriter
{
    public const string FileName = "latency.hlog";

    public static string Write(string folder, DateTimeOffset startedUtc, IEnumerable<ScenarioRecorder> recorders)
    {
        var intervals = new List<HistogramBase>();
        foreach (var recorder in recorders)
        {
            Add(intervals, recorder.Total, recorder.ScenarioName, startedUtc);
            foreach (var step in recorder.Steps)
            {
                Add(intervals, step, $"{recorder.ScenarioName}/{step.Name}", startedUtc);
            }
        }

        // HistogramLogWriter writes UTF-16; the format (and every other HdrHistogram tool) is plain ASCII text.
        using var buffer = new MemoryStream();
        using (var writer = new HistogramLogWriter(buffer))
        {
            writer.Write(startedUtc.UtcDateTime, [.. intervals.OrderBy(h => h.StartTimeStamp).ThenBy(h => h.Tag, StringComparer.Ordinal)]);
        }

        var text = DecodeText(buffer.ToArray());
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    private static string DecodeText(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.Unicode, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static void Add(List<HistogramBase> intervals, StepRecorder step, string tag, DateTimeOffset startedUtc)
    {
        var series = step.OverTime;
        var origin = startedUtc.ToUnixTimeMilliseconds();
        foreach (var (index, encoded) in series.EncodedIntervals())
        {
            var histogram = HistogramCodec.Decode(encoded);
            histogram.StartTimeStamp = origin + (long)(series.Interval.TotalMilliseconds * index);
            histogram.EndTimeStamp = histogram.StartTimeStamp + (long)series.Interval.TotalMilliseconds;
            histogram.Tag = tag;
            intervals.Add(histogram);
        }
    }
}
