namespace MfaConformance.StepDefinitions.Rules;

/// <summary>What a step is for, from its keyword: set-up (Given), an action (When) or a check (Then).</summary>
public enum SuiteStepKind
{
    Context,
    Action,
    Outcome,
}
