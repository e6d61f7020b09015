namespace MfaConformance.Cli.Tests.Support;

/// <summary>An environment-variable lookup from a dictionary (tests never touch the process environment).</summary>
internal static class FakeEnvironment
{
    public static Func<string, string?> Of(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return name => map.GetValueOrDefault(name);
    }

    public static Func<string, string?> Empty { get; } = _ => null;
}
