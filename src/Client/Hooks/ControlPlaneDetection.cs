namespace MfaConformance.Client.Hooks;

/// <summary>The result of <see cref="HooksClient.DetectAsync"/>, with a human-readable reason.</summary>
public sealed record ControlPlaneDetection(ControlPlaneStatus Status, string Detail)
{
    public bool IsPresent => Status == ControlPlaneStatus.Present;
}
