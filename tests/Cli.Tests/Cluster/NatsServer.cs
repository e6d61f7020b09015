using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MfaConformance.Cli.Tests.Cluster;

/// <summary>A real nats-server (Debian's package; .ci/run installs it) on a free loopback port, started and stopped by the test.</summary>
internal sealed class NatsServer : IDisposable
{
    private Process? _process;

    private NatsServer(int port)
    {
        Port = port;
    }

    public static string? Executable { get; } = new[] { Environment.GetEnvironmentVariable("NATS_SERVER"), "/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server" }
        .FirstOrDefault(p => p is not null && File.Exists(p));

    /// <summary>Why a cluster test is skipped on a machine without nats-server.</summary>
    public const string NotInstalled = "nats-server is not installed (apt-get install -y nats-server; .ci/run does it): the cluster tests did not run";

    public int Port { get; }

    public string Url => $"nats://127.0.0.1:{Port}";

    public static async Task<NatsServer> StartAsync()
    {
        var server = new NatsServer(FreePort());
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts (again) on the same port, waiting until it accepts connections.</summary>
    public async Task RestartAsync()
    {
        Stop();
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("nats-server is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // max_payload is a configuration-file setting only: cumulative snapshots of long runs exceed the 1 MB default.
        var config = Path.Combine(Path.GetTempPath(), $"nats-{Port}.conf");
        await File.WriteAllTextAsync(config, "max_payload: 8388608\n");
        foreach (var arg in new[] { "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", config })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start nats-server");
        _ = _process.StandardOutput.ReadToEndAsync();
        _ = _process.StandardError.ReadToEndAsync();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"nats-server did not listen on {Port}");
    }

    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => Stop();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
