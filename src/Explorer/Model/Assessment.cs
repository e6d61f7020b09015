namespace MfaConformance.Explorer.Model;

/// <summary>The model's prediction for one call and what each answer does to its state.</summary>
public sealed class Assessment
{
    internal Assessment(ObservedCall call, Prediction prediction, Action<ObservedAnswer>? onSuccess = null, Action? onRefusal = null)
    {
        Call = call;
        Prediction = prediction;
        OnSuccess = onSuccess ?? (_ => { });
        OnRefusal = onRefusal ?? (() => { });
    }

    public ObservedCall Call { get; }

    public Prediction Prediction { get; }

    internal Action<ObservedAnswer> OnSuccess { get; }

    internal Action OnRefusal { get; }
}
