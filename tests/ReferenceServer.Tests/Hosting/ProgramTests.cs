using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Hosting;

/// <summary>The real executable as a child process: start-up line, --list-mutants and a bad option.</summary>
public sealed class ProgramTests
{
    private static readonly string ServerDll = Path.Combine(AppContext.BaseDirectory, "MfaConformance.ReferenceServer.dll");

    [Fact]
    public async Task Main_UrlsWithPortZero_ServesHooksOnThePrintedAddress()
    {
        using var process = Start("--urls", "http://127.0.0.1:0", "--hash-iterations", "1000");
        try
        {
            var line = await process.StandardOutput.ReadLineAsync() ?? string.Empty;
            line.ShouldStartWith("Reference server listening on http://127.0.0.1:");
            var url = new Uri(line.Split(' ')[4]);
            using var api = new ApiDriver(url);
            var call = await api.PostAsync("__harness/v1/clock", new JsonObject { ["advanceSeconds"] = 0 });
            call.Status.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Main_ListMutants_PrintsEveryMutantAndExitsZero()
    {
        using var process = Start("--list-mutants");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0);
        foreach (var mutant in MfaConformance.ReferenceServer.Mutants.Mutants.All.Concat(MfaConformance.ReferenceServer.Mutants.Mutants.Explorer))
        {
            output.ShouldContain(mutant.Name);
        }
    }

    [Fact]
    public async Task Main_UnknownOption_ExitsTwoNamingIt()
    {
        using var process = Start("--frobnicate");
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(2);
        error.ShouldContain("--frobnicate");
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(ServerDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start the server process");
    }
}
