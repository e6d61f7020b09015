using System.Diagnostics;

namespace MfaConformance.Cli.Tests.Rendering;

/// <summary>
/// Headless Chromium (the Debian package): renders a local HTML file and reports its DOM and console output. The page
/// gets 15 s of virtual time, so a page that renders itself with script (the Cucumber HTML report) is dumped rendered.
/// </summary>
internal static class Chromium
{
    public static string? Executable { get; } = Find();

    /// <param name="width">The window's width in CSS pixels (Chromium's default when null).</param>
    public static async Task<ChromiumRender> DumpDomAsync(string htmlPath, int? width = null)
    {
        var userData = Directory.CreateTempSubdirectory("mfa-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("chromium is not installed"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={userData.FullName}", "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=15000",
                "--dump-dom", new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }

            if (width is { } w)
            {
                start.ArgumentList.Insert(start.ArgumentList.Count - 2, $"--window-size={w},900");
                start.ArgumentList.Insert(start.ArgumentList.Count - 2, "--hide-scrollbars");
            }

            using var process = Process.Start(start)!;
            var dom = process.StandardOutput.ReadToEndAsync();
            var log = process.StandardError.ReadToEndAsync();
            using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(guard.Token);
            var console = (await log).Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
            return new ChromiumRender(await dom, console);
        }
        finally
        {
            userData.Delete(recursive: true);
        }
    }

    private static string? Find()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
    }
}
