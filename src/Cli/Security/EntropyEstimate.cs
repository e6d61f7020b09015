namespace MfaConformance.Cli.Security;

/// <summary>What <see cref="SecurityStatistics.Entropy"/> found in a sample of opaque strings.</summary>
internal sealed record EntropyEstimate(int Samples, int Collisions, int HeaderLength, int LongestSharedPrefix, double Bits, int Alphabet);
