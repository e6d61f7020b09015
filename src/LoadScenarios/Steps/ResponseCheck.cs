using MfaConformance.Client;
using MfaConformance.Client.Responses;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Drivers;
namespace MfaConformance.LoadScenarios.Steps;

/// <summary>
/// One conformance check of a step's response: the same <see cref="ResponseChecks"/> assertion the Then step makes,
/// and the short, value-free reason a load report shows when it breaks ("success but no key").
/// </summary>
public sealed record ResponseCheck(string Reason, Action<ApiResponse> Assert)
{
    /// <summary>T1: status.success true and status.code 200.</summary>
    public static ResponseCheck Succeeds { get; } = new("not a success", ResponseChecks.Succeeds);

    /// <summary>T5: user.sessionId.</summary>
    public static ResponseCheck CarriesSession { get; } = new("success but no session", ResponseChecks.CarriesSession);

    /// <summary>T7: auth.token.</summary>
    public static ResponseCheck CarriesToken { get; } = new("success but no token", ResponseChecks.CarriesToken);

    /// <summary>T6: auth.key.</summary>
    public static ResponseCheck CarriesKey { get; } = new("success but no key", ResponseChecks.CarriesKey);

    /// <summary>A check that always fails with <paramref name="reason"/> (a Then step with no mapped assertion failed).</summary>
    public static ResponseCheck Failed(string reason) => new(reason, _ => throw new InvalidOperationException(reason));

    /// <summary>The reason, or null when the check holds.</summary>
    public string? Failure(ApiResponse response)
    {
        try
        {
            Assert(response);
            return null;
        }
        catch (Exception ex) when (ex is CheckFailedException or InvalidOperationException)
        {
            return Reason;
        }
    }
}
