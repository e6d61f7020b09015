namespace MfaConformance.Bdd.Configuration;

/// <summary>reqnroll.json is invalid; the message names the file, the key and what is allowed.</summary>
public sealed class BddConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
