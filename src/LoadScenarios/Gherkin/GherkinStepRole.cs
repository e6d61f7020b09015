namespace MfaConformance.LoadScenarios.Gherkin;

/// <summary>What a pickle step is in a load iteration.</summary>
public enum GherkinStepRole
{
    /// <summary>A Given, or a When that makes no API call of its own (a next-call modifier, a clock move): run unmeasured.</summary>
    SetUp,

    /// <summary>A When bound to an API action (<see cref="LoadStepBindings"/>): one measured load step.</summary>
    Action,

    /// <summary>A Then bound to a check of "the call" (ResponseSteps): checked inside the preceding action's measured step.</summary>
    Check,

    /// <summary>Any other Then (e.g. "the customer can complete MFA with ..."): a post-condition with calls of its own; run unmeasured, a failure fails the iteration.</summary>
    Verification,
}
