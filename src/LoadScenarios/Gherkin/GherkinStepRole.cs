namespace MfaConformance.LoadScenarios;

/// <summary>What a pickle step is in a load iteration.</summary>
public enum GherkinStepRole
{
    /// <summary>A Given: set-up (brand, customer provisioning through the hooks, earlier flow steps); run unmeasured.</summary>
    SetUp,

    /// <summary>A When: an API action; one measured load step.</summary>
    Action,

    /// <summary>A Then on "the call" ("the call succeeds", "the response carries ..."): checked inside the preceding action's measured step.</summary>
    Check,

    /// <summary>Any other Then (e.g. "the customer can complete MFA with ..."): a post-condition with calls of its own; run unmeasured, a failure fails the iteration.</summary>
    Verification,
}
