using MfaConformance.Explorer.Model;

namespace MfaConformance.Explorer.Execution;

/// <summary>
/// One API call of a program: the exchange, what the model predicted and what came back, and the rules its answer was
/// checked against beyond the prediction (a success's documented fields: key-issued, flow; the issued OTP: otp-length).
/// </summary>
public sealed record CallOutcome(LoggedExchange Exchange, Prediction Prediction, ObservedAnswer Answer)
{
    public IReadOnlyList<string> AlsoChecked { get; init; } = [];
}
