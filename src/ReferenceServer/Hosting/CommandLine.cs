using System.Globalization;

namespace MfaConformance.ReferenceServer.Hosting;

/// <summary>Parses the server's command line into options; errors name the bad option.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: MfaConformance.ReferenceServer [options]
          --urls URLS             listen address(es), ';'-separated (default http://127.0.0.1:0, a free port)
          --db PATH               SQLite file for brands, customers and passwords (default: in memory)
          --hooks on|off          serve the sandbox hooks under /__harness/v1/ (default on)
          --no-hooks              same as --hooks off
          --mutant NAME           break one documented rule (see --list-mutants), or run a section-5 variant (see --list-variants)
          --fixed-otp DIGITS      every OTP issued equals DIGITS
          --seed FILE             JSON file of brands and customers to load at start
          --hash-iterations N     PBKDF2 iterations of the password hasher (default 100000)
          --request-log FILE      a line per request (time, method, path, status, ms, W3C trace id) to FILE ('-': stdout)
          --list-mutants          print the mutants and the rule each breaks, then exit
          --list-variants         print the section-5 variants (other readings of documented inconsistencies), then exit
          --debug-weakness NAME   debug switch: plant a security weakness (repeatable; see --list-weaknesses); never in production
          --list-weaknesses       print the planted security weaknesses and the check that flags each, then exit
          -h, --help              print this help, then exit
        """;

    public static CommandLineResult Parse(IReadOnlyList<string> args)
    {
        var options = new ReferenceServerOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var (name, inline) = Split(arg);
            string Value() => inline ?? (i + 1 < args.Count ? args[++i] : throw new FormatException($"Option '{name}' needs a value."));
            switch (name)
            {
                case "-h" or "--help" or "-?":
                    return new CommandLineResult(options, ShowHelp: true, ListMutants: false);
                case "--list-mutants":
                    return new CommandLineResult(options, ShowHelp: false, ListMutants: true);
                case "--list-variants":
                    return new CommandLineResult(options, ShowHelp: false, ListMutants: false, ListVariants: true);
                case "--list-weaknesses":
                    return new CommandLineResult(options, ShowHelp: false, ListMutants: false) { ListWeaknesses = true };
                case "--debug-weakness":
                    options.Weaknesses = [.. options.Weaknesses, .. Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                    break;
                case "--urls":
                    options.Urls = Value();
                    break;
                case "--db":
                    options.DbPath = Value();
                    break;
                case "--no-hooks":
                    options.EnableHooks = false;
                    break;
                case "--hooks":
                    options.EnableHooks = Value() switch
                    {
                        "on" or "true" => true,
                        "off" or "false" => false,
                        var other => throw new FormatException($"Option '--hooks' takes 'on' or 'off', not '{other}'."),
                    };
                    break;
                case "--mutant":
                    options.Mutant = Value();
                    break;
                case "--fixed-otp":
                    options.FixedOtp = Value();
                    break;
                case "--seed":
                    options.SeedFile = Value();
                    break;
                case "--hash-iterations":
                    var text = Value();
                    options.PasswordHashIterations = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                        ? n
                        : throw new FormatException($"Option '--hash-iterations' needs a whole number, not '{text}'.");
                    break;
                case "--request-log":
                    options.RequestLog = RequestLog.Open(Value());
                    break;
                default:
                    throw new FormatException($"Unknown option '{arg}'. Use --help to list the options.");
            }
        }

        ReferenceServerOptionsValidator.Validate(options);
        return new CommandLineResult(options, ShowHelp: false, ListMutants: false);
    }

    private static (string Name, string? Inline) Split(string arg)
    {
        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && eq > 2 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
    }
}
