namespace MfaConformance.Cli.Accept;

/// <summary>
/// The overall outcome of `accept`, one word everywhere: accept.json ("accepted", "rejected", "notRun"), the page and
/// the console (ACCEPTED, REJECTED, NOT RUN). Maps one-to-one to the exit codes 0, 1 and 3.
/// </summary>
internal enum AcceptVerdict
{
    Accepted,
    Rejected,
    NotRun,
}
