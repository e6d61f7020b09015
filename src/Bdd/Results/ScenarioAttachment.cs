namespace MfaConformance.Bdd;

/// <summary>A Cucumber attachment of a step other than log text: its media type, file name (may be null) and content as sent.</summary>
public sealed record ScenarioAttachment(string MediaType, string? FileName, string Body);
