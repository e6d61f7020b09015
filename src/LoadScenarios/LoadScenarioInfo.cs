namespace MfaConformance.LoadScenarios;

/// <summary>A scenario `load --list` shows: its name, where it comes from ("C#" or "Gherkin") and what it does.</summary>
public sealed record LoadScenarioInfo(string Name, string Kind, string Description);
