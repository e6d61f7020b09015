using System.Reflection;

namespace MfaConformance.StepDefinitions.Rules;

/// <summary>A step of a <see cref="SuitePickle"/>: its text and the step definition it binds to (null when none does).</summary>
public sealed record SuiteStep(string Text, MethodInfo? Binding);
