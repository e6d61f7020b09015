using System.Diagnostics;
using System.Text;

namespace MfaConformance.Cli.Tests.Cluster;

/// <summary>`mfa-conformance agent --nats URL --name ID [--once]` in a process of its own; its output is kept.</summary>
internal sealed class AgentProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AgentProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>An agent for one run (--once): it exits after its final report.</summary>
    public static AgentProcess Start(string natsUrl, string name, params string[] extra) => Launch(natsUrl, name, ["--once", .. extra]);

    /// <summary>An agent that serves run after run until killed (accept coordinates one run per flow).</summary>
    public static AgentProcess StartServing(string natsUrl, string name, params string[] extra) => Launch(natsUrl, name, extra);

    /// <summary>Waits until the process ended (a --once agent after its final report).</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
    }

    private static AgentProcess Launch(string natsUrl, string name, string[] extra)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[typeof(ExitCodes).Assembly.Location, "agent", "--nats", natsUrl, "--name", name, .. extra])
        {
            start.ArgumentList.Add(arg);
        }

        return new AgentProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start an agent"));
    }

    public async Task WaitForAsync(string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"the agent never printed '{text}': {Output}");
            }

            await Task.Delay(100);
        }
    }

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
