using System.Diagnostics;

namespace MfaConformance.Tests.Shared;

/// <summary>
/// Cucumber's own npm tools, installed by <c>npm ci</c> in eng/node (.ci/run does it): the Compatibility Kit's samples and
/// the JUnit XML and HTML formatters that read Cucumber messages. Tests that need them are skipped with the reason when
/// they are missing, unless MFA_REQUIRE_NODE_TOOLS=1 (CI), where they must be there.
/// </summary>
internal static class CucumberTools
{
    public const string RequireVariable = "MFA_REQUIRE_NODE_TOOLS";

    public static string NodeFolder { get; } = Path.Combine(FindRoot(), "eng", "node");

    public static string KitFeatures => Path.Combine(NodeFolder, "node_modules", "@cucumber", "compatibility-kit", "features");

    /// <summary>Why the tools cannot be used, or null when they can.</summary>
    public static string? MissingReason { get; } = FindMissing();

    /// <summary>Runs eng/node/check-messages.mjs on a messages file: Cucumber's JUnit XML and HTML formatters read it.</summary>
    public static async Task<(int ExitCode, string Output)> CheckMessagesAsync(string messages, string junit, string html)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = NodeFolder };
        foreach (var arg in new[] { Path.Combine(NodeFolder, "check-messages.mjs"), messages, junit, html })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(guard.Token);
        return (process.ExitCode, (await output) + (await error));
    }

    private static string? FindMissing()
    {
        if (!Directory.Exists(KitFeatures) || !File.Exists(Path.Combine(NodeFolder, "node_modules", "@cucumber", "junit-xml-formatter", "package.json")))
        {
            return $"Cucumber's npm tools are not installed (cd {NodeFolder} && npm ci; .ci/run does it)";
        }

        return OnPath("node") ? null : "node is not installed (apt-get install nodejs npm)";
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, program)));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MfaConformance.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
