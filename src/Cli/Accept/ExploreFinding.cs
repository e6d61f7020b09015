namespace MfaConformance.Cli.Accept;

/// <summary>One contradiction the explore stage found, for the acceptance page and accept.json (no secrets: the Gherkin names password literals only).</summary>
internal sealed record ExploreFinding(string Rule, string RuleTitle, string Endpoint, string Expected, string Observed, string Reason, string ProgramSeed, int Steps, int Calls, string Gherkin, string? ExchangesFile);
