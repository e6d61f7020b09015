using System.Net;
using System.Net.Sockets;

namespace MfaConformance.Cli.Tests.Support;

/// <summary>A loopback port nobody listens on (bound to 0, read, released): connections are refused.</summary>
internal static class ClosedPort
{
    public static Uri Url()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
