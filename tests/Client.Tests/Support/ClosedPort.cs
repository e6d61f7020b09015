using System.Net;
using System.Net.Sockets;

namespace MfaConformance.Client.Tests.Support;

internal static class ClosedPort
{
    /// <summary>A loopback URL on a port that was free a moment ago and has nothing listening.</summary>
    public static Uri Url()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
