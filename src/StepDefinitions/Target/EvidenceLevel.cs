namespace MfaConformance.StepDefinitions.Target;

/// <summary>How much of each HTTP exchange the conformance reports keep (setting `reports.evidence`).</summary>
public enum EvidenceLevel
{
    /// <summary>A failing scenario keeps every exchange in full; a passing one a line per call (method, path, status, time, curl).</summary>
    Summary,

    /// <summary>Every exchange of every scenario in full (the reports are several times larger).</summary>
    Full,
}
