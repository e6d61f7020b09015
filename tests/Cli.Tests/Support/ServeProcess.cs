using System.Diagnostics;

namespace MfaConformance.Cli.Tests.Support;

/// <summary>
/// `mfa-conformance serve` in a process of its own (as a performance engineer starts it), on a free loopback port,
/// with its defaults unless told otherwise (100,000 PBKDF2 iterations). Killed on dispose.
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<ServeProcess> StartAsync(params string[] extraArgs)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var arg in (string[])[typeof(ExitCodes).Assembly.Location, "serve", "--urls", "http://127.0.0.1:0", .. extraArgs])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet serve");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Split("listening on ") is [_, var rest])
            {
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                return new ServeProcess(process, new Uri(rest.Split(' ')[0]));
            }
        }

        var error = await process.StandardError.ReadToEndAsync(timeout.Token);
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"serve did not say where it listens: {error}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }
}
