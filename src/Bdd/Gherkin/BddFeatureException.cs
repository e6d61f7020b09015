namespace MfaConformance.Bdd.Gherkin;

/// <summary>A .feature file could not be found or parsed; the message names the file and the line.</summary>
public sealed class BddFeatureException(string message, Exception? inner = null) : Exception(message, inner);
