namespace MfaConformance.StepDefinitions.Rules;

/// <summary>A step of a <see cref="SuitePickle"/>: its kind (And and But take the previous keyword's) and its text.</summary>
public sealed record SuiteStep(SuiteStepKind Kind, string Text);
