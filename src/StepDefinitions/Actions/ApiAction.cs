using MfaConformance.Client;

using MfaConformance.Client.Endpoints;
namespace MfaConformance.StepDefinitions.Actions;

/// <summary>
/// An API action of the glossary (features/README.md A1–A14, W1–W3), as the bindings that make it declare it
/// (<see cref="ApiActionAttribute"/>): its id (the endpoint's path below /auth/v1/), its spec id ("E11", or "E13 #3" for
/// the change on the password/change path) and a short label. A column of the rule matrix and a measured load step.
/// </summary>
public sealed record ApiAction(string Id, string Spec, string Label)
{
    /// <summary>The endpoint the action calls.</summary>
    public ApiEndpoint Endpoint { get; } = ApiEndpoints.Get(Id);

    /// <summary>The name of its measured load step, which thresholds and reports use: the id with '_' for '/' ("mfa_password_validate").</summary>
    public string MetricName { get; } = Id.Replace('/', '_');
}
