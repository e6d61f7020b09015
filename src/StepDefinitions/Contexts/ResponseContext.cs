using MfaConformance.Client;

using MfaConformance.Client.Responses;
namespace MfaConformance.StepDefinitions.Contexts;

/// <summary>"The call": the responses of the most recent action (several for "… {int} times").</summary>
public sealed class ResponseContext
{
    private IReadOnlyList<ApiResponse> _responses = [];

    /// <summary>The last response of the last action.</summary>
    public ApiResponse Last => _responses.Count > 0
        ? _responses[^1]
        : throw new InvalidOperationException("No call has been made yet in this scenario: a check needs an action (When the customer ...) before it.");

    /// <summary>Every response of the last action.</summary>
    public IReadOnlyList<ApiResponse> All => _responses.Count > 0 ? _responses : [Last];

    public void Record(IReadOnlyList<ApiResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        _responses = [.. responses];
    }
}
