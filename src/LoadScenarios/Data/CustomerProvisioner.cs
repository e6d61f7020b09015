using System.Globalization;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Drivers;
namespace MfaConformance.LoadScenarios.Data;

/// <summary>
/// Provisions a scenario's customers before the clock starts: seeded Bogus identities (the conformance suite's
/// <see cref="IdentityGenerator"/>) created in batches through POST /__harness/v1/customers (see
/// <see cref="HookProvisioning"/>), or, on a target without hooks, customers taken from the identity fixtures.
/// </summary>
internal static class CustomerProvisioner
{
    public static async Task<CustomerPool> ProvisionAsync(LoadTarget target, LoadScenarioOptions options, bool returning, long? planned, Action<string> log, CancellationToken cancellationToken)
    {
        var count = options.Customers ?? (int)Math.Min(planned ?? options.CustomersWhenUnbounded, options.MaxCustomers);
        var brand = target.Conformance.Brand
            ?? throw new LoadScenarioException("the target has no brand under test: give one (--brand) or a fixtures file, or use a target with sandbox hooks");
        return target.Conformance.HasHooks
            ? await FromHooksAsync(target, options, brand, returning, count, log, cancellationToken).ConfigureAwait(false)
            : FromFixtures(target, brand, returning, count, log);
    }

    private static async Task<CustomerPool> FromHooksAsync(LoadTarget target, LoadScenarioOptions options, string brand, bool returning, int count, Action<string> log, CancellationToken cancellationToken)
    {
        var conformance = target.Conformance;
        var customers = new MfaCustomer[count];
        for (var i = 0; i < count; i++)
        {
            var sequence = ((conformance.NextSequence() - 1) * options.Partition.Count) + options.Partition.Index + 1;
            var (value, mobile) = IdentityGenerator.Generate("MOBILE", options.Seed, sequence);
            var password = returning ? LoadPasswords.Current(options.Seed, sequence) : null;
            customers[i] = new MfaCustomer(brand, "MOBILE", value, mobile, password) { Device = options.Device };
        }

        var provisioning = new HookProvisioning(conformance.Connection.CreateHooksClient(), options, log);
        var elapsed = await provisioning.RunAsync(customers, cancellationToken).ConfigureAwait(false);
        log($"provisioned {count.ToString(CultureInfo.InvariantCulture)} {(returning ? "returning" : "first-time")} customers on brand {brand} (seed {options.Seed.ToString(CultureInfo.InvariantCulture)}) in {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        return new CustomerPool(customers);
    }

    private static CustomerPool FromFixtures(LoadTarget target, string brand, bool returning, int count, Action<string> log)
    {
        var pool = target.Conformance.Identities
            ?? throw new LoadScenarioException("the target has no sandbox hooks and no identity fixtures file was given (--fixtures): load needs one customer per iteration");
        var customers = new List<MfaCustomer>();
        while (customers.Count < count && pool.TryTake(f => f.IsReturningCustomer == returning) is { } fixture)
        {
            customers.Add(new MfaCustomer(brand, fixture.IdentifierType, fixture.IdentifierValue, null, fixture.Password) { Device = fixture.DeviceId });
        }

        var kind = returning ? "returning (with a password)" : "first-time (no password)";
        if (customers.Count == 0)
        {
            throw new LoadScenarioException($"the identity fixtures have no unused {kind} customer; load needs one per iteration");
        }

        if (customers.Count < count)
        {
            log($"warning: only {customers.Count.ToString(CultureInfo.InvariantCulture)} {kind} fixture customers for up to {count.ToString(CultureInfo.InvariantCulture)} iterations; later iterations fail with 'no customer left'");
        }

        return new CustomerPool(customers);
    }
}
