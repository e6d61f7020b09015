namespace MfaConformance.ReferenceServer.Hosting;

/// <summary>What the command line asked for.</summary>
internal sealed record CommandLineResult(ReferenceServerOptions Options, bool ShowHelp, bool ListMutants, bool ListVariants = false)
{
    /// <summary>--list-weaknesses: print the planted security weaknesses, then exit.</summary>
    public bool ListWeaknesses { get; init; }
}
