namespace MfaConformance.Cli.Accept;

/// <summary>One item of spec section 5: the conflict in a few words and the default the harness takes.</summary>
internal sealed record SpecInconsistency(int Number, string Topic, string DefaultTaken);
