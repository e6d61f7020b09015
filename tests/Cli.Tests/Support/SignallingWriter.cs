using System.Text;

namespace MfaConformance.Cli.Tests.Support;

/// <summary>A text writer that completes <see cref="Seen"/> once its text contains a marker (no waiting on time).</summary>
internal sealed class SignallingWriter(string marker) : StringWriter
{
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StringBuilder _text = new();

    public Task Seen => _seen.Task;

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
            base.Write(value);
            if (_text.ToString().Contains(marker, StringComparison.Ordinal))
            {
                _seen.TrySetResult();
            }
        }
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            Write(c);
        }
    }

    public override void WriteLine(string? value) => Write(value + NewLine);

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override string ToString()
    {
        lock (_text)
        {
            return _text.ToString();
        }
    }
}
