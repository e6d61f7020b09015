using System.Diagnostics;

namespace MfaConformance.LoadBench;

/// <summary>
/// Runs <see cref="BenchServer"/> in a child process ("LoadBench serve"), so the server's GC and threads do not
/// share a runtime with the clients being measured. The child prints its base address and exits when its
/// standard input closes.
/// </summary>
internal sealed class BenchServerProcess : IDisposable
{
    private readonly Process _process;

    private BenchServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<BenchServerProcess> StartAsync(string mode = "serve")
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BenchServerProcess).Assembly.Location);
        }

        start.ArgumentList.Add(mode);
        var process = Process.Start(start)!;
        var line = await process.StandardOutput.ReadLineAsync().ConfigureAwait(false);
        return line is not null && Uri.TryCreate(line, UriKind.Absolute, out var uri)
            ? new BenchServerProcess(process, uri)
            : throw new InvalidOperationException($"the bench server did not start (said: {line})");
    }

    /// <summary>The child's side: serve until standard input closes.</summary>
    public static async Task ServeAsync()
    {
        await using var server = await BenchServer.StartAsync().ConfigureAwait(false);
        Console.WriteLine(server.BaseAddress);
        await Console.In.ReadToEndAsync().ConfigureAwait(false);
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
