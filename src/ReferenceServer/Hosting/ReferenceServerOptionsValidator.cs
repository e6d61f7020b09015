namespace MfaConformance.ReferenceServer.Hosting;

/// <summary>Checks options before start; each problem names the option.</summary>
internal static class ReferenceServerOptionsValidator
{
    public static void Validate(ReferenceServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Urls))
        {
            throw new ArgumentException("Option 'urls' must not be empty.", nameof(options));
        }

        foreach (var url in options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new ArgumentException($"Option 'urls' has an invalid address '{url}' (expected e.g. http://127.0.0.1:5080).", nameof(options));
            }
        }

        if (options.Mutant is not null && Mutants.Mutants.Find(options.Mutant) is null)
        {
            throw new ArgumentException($"Option 'mutant' names an unknown mutant '{options.Mutant}'; see --list-mutants and --list-variants.", nameof(options));
        }

        foreach (var weakness in options.Weaknesses.Where(w => Weaknesses.Weaknesses.Find(w) is null))
        {
            throw new ArgumentException($"Option 'debug-weakness' names an unknown weakness '{weakness}'; see --list-weaknesses.", nameof(options));
        }

        if (options.FixedOtp is not null && (options.FixedOtp.Length is < 4 or > 10 || !options.FixedOtp.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException("Option 'fixed-otp' must be 4 to 10 digits.", nameof(options));
        }

        if (options.SeedFile is not null && !File.Exists(options.SeedFile))
        {
            throw new ArgumentException($"Option 'seed' names a file that does not exist: '{options.SeedFile}'.", nameof(options));
        }

        if (options.PasswordHashIterations is < 1 or > 10_000_000)
        {
            throw new ArgumentException("Option 'hash-iterations' must be between 1 and 10000000.", nameof(options));
        }
    }
}
