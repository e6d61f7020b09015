using System.Globalization;
using System.Text;

namespace MfaConformance.Bdd.Reporting;

/// <summary>
/// Stack traces for reports. <see cref="Trim"/> keeps, for the exception and each inner one, its type and message and
/// the frames that help (the step binding, the driver, the client call: frames outside the framework, the test
/// runner, the assertion library and the HTTP stack), so a failure reads in a few lines; <see cref="Bound"/> cuts a
/// whole trace to <see cref="MaxFullChars"/> for the Cucumber messages (<see cref="TrimmedTraceMessageFactory"/>).
/// </summary>
public static class StackTraces
{
    /// <summary>The most characters of a full trace kept in a report.</summary>
    public const int MaxFullChars = 64 * 1024;

    /// <summary>The most helpful frames kept per exception.</summary>
    public const int MaxFramesPerException = 12;

    private static readonly string[] FrameworkPrefixes =
        ["System.", "Microsoft.", "Shouldly.", "Xunit.", "RestSharp.", "Reqnroll.", "Internal.", "Interop."];

    /// <summary>The binding runtime's own types (its frames run a step; they are not the step).</summary>
    private static readonly string[] RuntimeTypes =
    [
        .. typeof(StackTraces).Assembly.GetTypes()
            .Where(t => t.DeclaringType is null)
            .Select(t => t.FullName!.Split('`')[0]),
    ];

    /// <summary>The trimmed trace: "Type: message" and the helpful frames of the exception and its inner exceptions.</summary>
    public static string Trim(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var text = new StringBuilder();
        var depth = 0;
        for (var e = exception; e is not null && depth < 8; e = e.InnerException, depth++)
        {
            if (depth > 0)
            {
                text.Append("---> ");
            }

            text.AppendLine(Trim(e.GetType().FullName ?? e.GetType().Name, e.Message, e.StackTrace));
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// One exception as a Cucumber message carries it (type, message, the frames as text): "Type: message" and the
    /// frames that help, with a count of those left out.
    /// </summary>
    public static string Trim(string type, string? message, string? stackTrace)
    {
        var text = new StringBuilder();
        text.Append(type).Append(": ").AppendLine((message ?? string.Empty).Trim());
        var frames = (stackTrace ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(f => f.StartsWith("at ", StringComparison.Ordinal))
            .ToList();
        var helpful = frames.Where(Helps).Distinct(StringComparer.Ordinal).Take(MaxFramesPerException).ToList();
        foreach (var frame in helpful)
        {
            text.Append("   ").AppendLine(frame);
        }

        var left = frames.Count - helpful.Count;
        if (left > 0)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"   ({left} framework frames left out; the Cucumber messages have the full trace)"));
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Only the frames that help (as <see cref="Trim(string, string?, string?)"/>, without its "Type: message" line).</summary>
    public static string Frames(string? stackTrace)
    {
        var trimmed = Trim(string.Empty, null, stackTrace);
        var newline = trimmed.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? string.Empty : trimmed[(newline + 1)..];
    }

    /// <summary>A full trace as text, cut at <see cref="MaxFullChars"/>.</summary>
    public static string Bound(string full)
    {
        ArgumentNullException.ThrowIfNull(full);
        return full.Length <= MaxFullChars
            ? full
            : string.Create(CultureInfo.InvariantCulture, $"{full[..MaxFullChars]}\n… (cut: {full.Length - MaxFullChars} more characters)");
    }

    /// <summary>Frames of code the runtime generated to call a binding (expression trees, reflection stubs): never the binding itself.</summary>
    private static readonly string[] GeneratedPrefixes = ["lambda_method", "InvokeStub_", "(wrapper", "DynamicClass."];

    /// <summary>A frame in code of the harness or the bindings (not the framework, runner, assertion or HTTP libraries, nor generated code).</summary>
    private static bool Helps(string frame)
    {
        var method = frame[3..];
        return !FrameworkPrefixes.Any(p => method.StartsWith(p, StringComparison.Ordinal))
            && !GeneratedPrefixes.Any(p => method.StartsWith(p, StringComparison.Ordinal))
            && !RuntimeTypes.Any(t => method.StartsWith(t, StringComparison.Ordinal) && method.Length > t.Length && method[t.Length] is '.' or '+' or '`');
    }
}
