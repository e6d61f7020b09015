using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Parameters;
namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>Applies the next-call modifiers (N1–N9) to a request draft.</summary>
internal sealed class CallModifierApplier(CustomerContext customers)
{
    public void Apply(RequestDraft draft, CallModifiers modifiers)
    {
        if (modifiers.Device is { } device)
        {
            draft.Override("deviceId", device);
        }

        if (modifiers.Brand is { } brand)
        {
            draft.Override("brand", brand);
        }

        if (modifiers.OtherCustomersIdentifier)
        {
            var other = customers.RequireOtherCustomer();
            draft.Override("identifierType", other.IdentifierType);
            draft.Override("identifierValue", other.IdentifierValue);
        }

        if (modifiers.Credential is { } credential)
        {
            ApplyCredential(draft, credential);
        }

        foreach (var edit in modifiers.FieldEdits)
        {
            if (edit.Variant is { } variant)
            {
                var value = draft.Value(edit.Field)
                    ?? throw new InvalidOperationException($"{draft.Endpoint.Name} sends no text in '{edit.Field}', so 'the next call sends the field \"{edit.Field}\" {ParameterPhrases.Phrase(variant)}' cannot apply to it.");
                draft.Override(edit.Field, ParameterPhrases.Derive(value, variant));
            }
            else if (edit.Removes)
            {
                draft.Remove(edit.Field);
            }
            else
            {
                draft.Override(edit.Field, edit.Value!);
            }
        }

    }

    private void ApplyCredential(RequestDraft draft, CredentialReference credential)
    {
        var flow = customers.RequireCustomer().Flow;
        var session = credential switch
        {
            CredentialReference.FirstFactorSession => flow.FirstFactorSession ?? throw Missing("the first-factor session (S)"),
            CredentialReference.MfaSession => flow.MfaSession ?? throw Missing("the MFA session (M)"),
            CredentialReference.UnissuedSession => Tampering.Tamper(draft.Value("sessionId")
                ?? throw new InvalidOperationException($"{draft.Endpoint.Name} sends no sessionId, so 'a session that was never issued' cannot apply to it.")),
            _ => null,
        };
        if (session is not null)
        {
            draft.Override("sessionId", session);
            return;
        }

        var field = draft.CredentialField
            ?? throw new InvalidOperationException($"{draft.Endpoint.Name} sends no token or key, so 'the next call carries …' cannot apply to it.");
        draft.Override(field, credential switch
        {
            CredentialReference.FirstFactorSessionToken => flow.FirstFactorSessionToken ?? throw Missing("the first-factor session token"),
            CredentialReference.FirstFactorToken => flow.FirstFactorToken ?? throw Missing("the first-factor token (T1)"),
            CredentialReference.FirstFactorKey => flow.FirstFactorKey ?? throw Missing("the first-factor key (K1)"),
            CredentialReference.MfaSessionToken => flow.MfaSessionToken ?? throw Missing("the MFA session token"),
            CredentialReference.TamperedMfaToken => Tampering.Tamper(flow.MfaToken ?? throw Missing("the MFA token (T2)")),
            CredentialReference.TamperedMfaKey => Tampering.Tamper(flow.MfaKey ?? throw Missing("the MFA key (K2)")),
            CredentialReference.OtherCustomersMfaToken => customers.RequireOtherCustomer().Flow.MfaToken ?? throw Missing("the other customer's MFA token"),
            CredentialReference.OtherCustomersMfaKey => customers.RequireOtherCustomer().Flow.MfaKey ?? throw Missing("the other customer's MFA key"),
            CredentialReference.MfaToken => flow.MfaToken ?? throw Missing("the MFA token (T2)"),
            CredentialReference.MfaKey => flow.MfaKey ?? throw Missing("the MFA key (K2)"),
            _ => throw new ArgumentOutOfRangeException(nameof(credential), credential, "unknown credential reference"),
        });
    }

    private static InvalidOperationException Missing(string what) =>
        new($"The scenario has no {what} to send: an earlier step did not obtain it.");
}
