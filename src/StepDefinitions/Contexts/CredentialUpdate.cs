using MfaConformance.Client;

using MfaConformance.Client.Responses;
namespace MfaConformance.StepDefinitions.Contexts;

/// <summary>One credential update of a burst sent at once: the call, the password it would set, and whether it was a reset (E12) or a change (E13).</summary>
public sealed record CredentialUpdate(ApiResponse Response, string Password, bool IsReset)
{
    public override string ToString() => $"{(IsReset ? "reset" : "change")}: {Response}";
}
