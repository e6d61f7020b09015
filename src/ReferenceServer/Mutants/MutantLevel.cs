namespace MfaConformance.ReferenceServer.Mutants;

/// <summary>What kind of rule a mutant breaks, which decides the scenario level expected to catch it.</summary>
public enum MutantLevel
{
    /// <summary>A rule the documentation states: at least one @documented scenario must fail against the mutant.</summary>
    Documented,

    /// <summary>
    /// Only a section-5 default (our reading of a documented inconsistency): a section-5 variant, not a mutant. The docs
    /// do not state the rule, so no @documented scenario may fail; @inferred scenarios flag the difference.
    /// </summary>
    Inferred,
}
