namespace MfaConformance.Cli.Configuration;

/// <summary>Values given on the command line (null = not given); they win over the file and the environment.</summary>
internal sealed record SettingsOverrides
{
    public string? ConfigPath { get; init; }

    public string? TargetUrl { get; init; }

    public string? Brand { get; init; }

    /// <summary>hooks | prompt | fixed[:VALUE] | command[:CMD].</summary>
    public string? OtpSource { get; init; }

    public string? Fixtures { get; init; }

    public string? Timeout { get; init; }

    public string? ReportsFolder { get; init; }

    public bool? AllowInvalidCertificates { get; init; }

    /// <summary>"Name: value" pairs.</summary>
    public IReadOnlyList<string> Headers { get; init; } = [];

    public string? Mutant { get; init; }

    public string? MaxResponseSize { get; init; }

    public string? ScenarioTimeout { get; init; }

    public string? SuiteTimeout { get; init; }

    public string? LoadDuration { get; init; }

    public string? LoadRate { get; init; }

    public override string ToString() => $"SettingsOverrides {{ Config = {ConfigPath}, Target = {TargetUrl}, Brand = {Brand} }}";
}
