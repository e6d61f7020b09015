namespace MfaConformance.Cli;

/// <summary>What a command reads from its process besides the arguments: the environment and the current folder (tests pass their own).</summary>
internal sealed record CliContext(Func<string, string?> Environment, string CurrentDirectory)
{
    /// <summary>The names of the variables set (for the misspelt MFA_* warnings).</summary>
    public IReadOnlyList<string> VariableNames { get; init; } = [];

    public static CliContext Process => new(System.Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory())
    {
        VariableNames = [.. System.Environment.GetEnvironmentVariables().Keys.OfType<string>()],
    };
}
