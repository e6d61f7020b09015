namespace MfaConformance.StepDefinitions.Contexts;

/// <summary>Accumulates the next-call modifiers (N1–N9); the next action takes them and they are cleared.</summary>
public sealed class NextCallContext
{
    private CallModifiers _pending = CallModifiers.None;

    public CallModifiers Pending => _pending;

    public void Update(Func<CallModifiers, CallModifiers> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _pending = change(_pending);
    }

    public void Edit(FieldEdit edit) => Update(m => m with { FieldEdits = [.. m.FieldEdits, edit] });

    /// <summary>Returns the modifiers for the action about to be made and clears them.</summary>
    public CallModifiers Take()
    {
        var taken = _pending;
        _pending = CallModifiers.None;
        return taken;
    }
}
