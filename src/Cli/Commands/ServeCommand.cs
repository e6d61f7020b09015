using System.CommandLine;
using MfaConformance.LoadEngine.Config;
using MfaConformance.ReferenceServer.Hosting;

namespace MfaConformance.Cli.Commands;

/// <summary>`mfa-conformance serve`: runs the reference server (optionally a mutant) until Ctrl+C.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Listen address(es), ';'-separated; port 0 picks a free port.", DefaultValueFactory = _ => DefaultUrls };
        var db = new Option<string?>("--db") { Description = "SQLite file for brands, customers and password hashes (default: in memory)." };
        var hooks = new Option<string?>("--hooks") { Description = "Serve the sandbox hooks under /__harness/v1/: on (default) or off." };
        hooks.AcceptOnlyFromAmong("on", "off");
        var noHooks = new Option<bool>("--no-hooks") { Description = "Same as --hooks off." };
        var mutant = new Option<string?>("--mutant") { Description = "Break one documented rule (see --list-mutants), or run a section-5 variant (see --list-variants)." };
        var listMutants = new Option<bool>("--list-mutants") { Description = "Print the mutants and the rule each breaks, then exit." };
        var listVariants = new Option<bool>("--list-variants") { Description = "Print the section-5 variants (other readings of documented inconsistencies), then exit." };
        var fixedOtp = new Option<string?>("--fixed-otp") { Description = "Every OTP issued equals these 4-10 digits." };
        var seed = new Option<string?>("--seed") { Description = "JSON file of brands and customers to load at start." };
        var iterations = new Option<int?>("--hash-iterations") { Description = "PBKDF2 iterations of the password hasher (default 100000)." };
        var debugDelay = new Option<string[]>("--debug-delay")
        {
            Description = "Debug switch, repeatable: ENDPOINT=DURATION (e.g. mfa_password_validate=20ms) makes every request to that endpoint wait that long first. "
                + "It breaks no rule (the answers are the same, only slower): a planted slow-down for `compare` to find. ENDPOINT as the API catalogue and the load steps name it.",
            AllowMultipleArgumentsPerToken = false,
        };
        var weakness = ServeWeaknessOptions.Weakness();
        var listWeaknesses = ServeWeaknessOptions.List();
        var requestLog = new Option<string?>("--request-log") { Description = "Write a line per request to this file ('-': standard output): time, method, path, status, milliseconds and the W3C trace id of its traceparent header (never a body or a secret). Default: none." };
        var command = new Command("serve", "Run the embedded reference server on its own (Ctrl+C stops it).");
        foreach (var option in new Option[] { urls, db, hooks, noHooks, mutant, listMutants, listVariants, fixedOtp, seed, iterations, debugDelay, weakness, listWeaknesses, requestLog })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(listWeaknesses))
            {
                return await ServeWeaknessOptions.PrintAsync(output);
            }

            if (result.GetValue(listMutants) || result.GetValue(listVariants))
            {
                var lines = result.GetValue(listMutants)
                    ? ReferenceServer.Mutants.Mutants.Listing()
                    : ReferenceServer.Mutants.Mutants.Variants.Select(m => m.Describe());
                foreach (var line in lines)
                {
                    await output.WriteLineAsync(line);
                }

                return ExitCodes.Ok;
            }

            var options = new ReferenceServerOptions
            {
                Urls = result.GetValue(urls)!,
                DbPath = result.GetValue(db),
                EnableHooks = !result.GetValue(noHooks) && result.GetValue(hooks) != "off",
                Mutant = result.GetValue(mutant),
                FixedOtp = result.GetValue(fixedOtp),
                SeedFile = result.GetValue(seed),
                DebugDelays = ParseDelays(result.GetValue(debugDelay) ?? []),
                Weaknesses = ServeWeaknessOptions.Read(result, weakness),
            };
            if (result.GetValue(iterations) is { } n)
            {
                options.PasswordHashIterations = n;
            }

            if (result.GetValue(requestLog) is { } logTarget)
            {
                try
                {
                    options.RequestLog = RequestLog.Open(logTarget);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
                {
                    await result.InvocationConfiguration.Error.WriteLineAsync($"error: --request-log: cannot write '{logTarget}': {ex.Message}");
                    return ExitCodes.Usage;
                }
            }

            await using var log = options.RequestLog;
            return await RunAsync(options, output, result.InvocationConfiguration.Error, ct);
        });
        return command;
    }

    /// <summary>--debug-delay values: ENDPOINT=DURATION each (the one duration grammar); a bad one is a usage error naming it.</summary>
    internal static IReadOnlyDictionary<string, TimeSpan> ParseDelays(IReadOnlyList<string> values)
    {
        var delays = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var at = value.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0 || at == value.Length - 1)
            {
                throw new ArgumentException($"--debug-delay '{value}': expected ENDPOINT=DURATION, e.g. mfa_password_validate=20ms");
            }

            delays[value[..at].Trim()] = DurationParser.Parse(value[(at + 1)..], "--debug-delay");
        }

        return delays;
    }

    private static async Task<int> RunAsync(ReferenceServerOptions options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        RunningReferenceServer server;
        try
        {
            server = await ReferenceServerHost.StartAsync(options, ct);
        }
        catch (Exception ex) when (ExitCodes.IsExpected(ex))
        {
            // bad options (ArgumentException) are exit 2; a port in use or an unwritable database exit 1
            await error.WriteLineAsync(ExitCodes.Of(ex) == ExitCodes.Usage ? $"error: {ExitCodes.Message(ex)}" : $"error: the server could not start on {options.Urls}: {ExitCodes.Message(ex)}");
            return ExitCodes.Of(ex);
        }

        await using (server)
        {
            await output.WriteLineAsync($"Reference server listening on {server.BaseUrl} (hooks {(options.EnableHooks ? "on" : "off")}, mutant {options.Mutant ?? "none"}{ServeWeaknessOptions.Describe(options)}). Ctrl+C stops.");
            await output.FlushAsync(ct);
            try
            {
                await server.WaitForShutdownAsync(ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop cleanly.
            }
        }

        await output.WriteLineAsync("Reference server stopped.");
        return ExitCodes.Ok;
    }
}
