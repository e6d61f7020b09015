namespace MfaConformance.ReferenceServer.Mutants;

/// <summary>What a mutant was chosen to test: the scenario suite, or the explorer (a model of the documented API).</summary>
public enum MutantFamily
{
    /// <summary>Chosen against the scenario suite: at least one @documented scenario of its rule must fail against it.</summary>
    Suite,

    /// <summary>
    /// Chosen to test the explorer: it breaks one documented rule in a way no current scenario checks (clock moves between
    /// calls, configurations the scenarios never set, inputs they never send), so only a generated call program can
    /// catch it. The scenario suite is expected to pass against it.
    /// </summary>
    Explorer,
}
