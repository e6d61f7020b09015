using MfaConformance.LoadEngine;

namespace MfaConformance.Cli.Accept;

/// <summary>One flow's load run: its result, or the error that kept it from running.</summary>
internal sealed record FlowLoadRun(string Flow, LoadRunResult? Result, string? Error);
