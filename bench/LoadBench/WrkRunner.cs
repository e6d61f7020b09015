using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MfaConformance.LoadBench;

/// <summary>Runs wrk against the endpoint and reads its Requests/sec line; null when wrk is missing.</summary>
internal static partial class WrkRunner
{
    public static async Task<double?> RequestsPerSecondAsync(string wrk, Uri url, int connections, TimeSpan duration)
    {
        var start = new ProcessStartInfo(wrk)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-t2", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", url.ToString() })
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
            await process.WaitForExitAsync().ConfigureAwait(false);
            var match = RequestsPerSecond().Match(output);
            return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();
}
