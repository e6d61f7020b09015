namespace MfaConformance.Bdd;

/// <summary>A binding is wrong (bad expression, unknown parameter type, non-static run hook, bad argument...).</summary>
public sealed class BddBindingException(string message, Exception? inner = null) : Exception(message, inner);
