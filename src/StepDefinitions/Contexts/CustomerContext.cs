namespace MfaConformance.StepDefinitions.Contexts;

/// <summary>The customer of the scenario (C1–C3) and the other customer (C4).</summary>
public sealed class CustomerContext
{
    public MfaCustomer? Customer { get; set; }

    public MfaCustomer? OtherCustomer { get; set; }

    public MfaCustomer RequireCustomer() =>
        Customer ?? throw new InvalidOperationException("The scenario has no customer yet: add 'a first-time MFA customer' or 'a returning MFA customer with password ...'.");

    public MfaCustomer RequireOtherCustomer() =>
        OtherCustomer ?? throw new InvalidOperationException("The scenario has no other customer: add 'another returning MFA customer with password ...'.");
}
