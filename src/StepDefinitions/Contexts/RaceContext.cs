namespace MfaConformance.StepDefinitions.Contexts;

/// <summary>The credential updates a scenario sent at once (W1–W3) and the password the customer had before them.</summary>
public sealed class RaceContext
{
    private IReadOnlyList<CredentialUpdate> _updates = [];

    /// <summary>The customer's password before the burst (a secret).</summary>
    public string? Original { get; private set; }

    public IReadOnlyList<CredentialUpdate> Updates => _updates.Count > 0
        ? _updates
        : throw new InvalidOperationException("No updates were sent at once in this scenario: a race check needs 'When the customer changes/resets the MFA password ... at once' before it.");

    public void Record(string original, IReadOnlyList<CredentialUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        Original = original;
        _updates = [.. updates];
    }

    public override string ToString() => $"{nameof(RaceContext)} ({_updates.Count} updates)";
}
