using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using MfaConformance.Client;
using MfaConformance.Client.Hooks;
using MfaConformance.Client.Responses;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Deadlines;
using MfaConformance.StepDefinitions.Parameters;
using MfaConformance.StepDefinitions.Target;
using Reqnroll.UnitTestProvider;
namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>Brands (B1–B3) and customers (C1–C4): through the sandbox hooks, or the configured brand and fixtures.</summary>
public sealed class ProvisioningDriver(ConformanceTarget target, ScenarioHttpObserver observer, BrandContext brands, PasswordBook passwords, IUnitTestRuntimeProvider runtime, ScenarioDeadline deadline)
{
    private readonly HooksClient _hooks = target.Connection.CreateHooksClient(observer);

    /// <summary>B1: the run's brand under test (provisioned once per run by <see cref="ConformanceTarget.CreateAsync"/>).</summary>
    public void UseDefaultBrand() =>
        brands.Brand = target.Brand ?? throw new SetUpFailedException(
            "The target has no brand under test: give one (--brand / MFA_BRAND) or a fixtures file, or use a target with sandbox hooks.");

    /// <summary>B2/B3: a new brand private to this scenario with the documented defaults plus <paramref name="configuration"/>.</summary>
    public async Task<string> CreatePrivateBrandAsync(JsonObject configuration)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{target.Brand ?? "MFAC"}-B{target.NextSequence()}");
        var response = await deadline.RunAsync($"PUT /__harness/v1/brands/{name}", ct => _hooks.PutBrandAsync(name, configuration, ct)).ConfigureAwait(false);
        EnsureHttpSuccess(response, $"Creating the brand '{name}'");
        return name;
    }

    /// <summary>B4: replaces the configuration of a brand private to this scenario (its customers are kept).</summary>
    public async Task ReconfigurePrivateBrandAsync(string brand, JsonObject configuration)
    {
        if (string.Equals(brand, target.Brand, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("Only a brand private to the scenario ('a brand with:') can be reconfigured: the brand under test is shared by every scenario.");
        }

        var response = await _hooks.PutBrandAsync(brand, configuration).ConfigureAwait(false);
        EnsureHttpSuccess(response, $"Reconfiguring the brand '{brand}'");
    }

    /// <summary>
    /// C1–C4: a new customer on the brand under test; <paramref name="password"/> null = first-time customer. Through
    /// the hooks the customer gets <paramref name="password"/>; from a fixtures file it is a returning fixture whose
    /// own password the scenario's password literal then stands for.
    /// </summary>
    public async Task<MfaCustomer> CreateCustomerAsync(string identifierType, TestPassword? password)
    {
        var brand = brands.RequireBrand();
        if (!target.HasHooks)
        {
            return TakeFixture(brand, identifierType, password);
        }

        var (value, mobile) = IdentityGenerator.Generate(identifierType, target.Seed, target.NextSequence());
        var response = await deadline.RunAsync("POST /__harness/v1/customers", ct => _hooks.CreateCustomersAsync([new HookCustomer(brand, identifierType, value, password?.Value)], ct)).ConfigureAwait(false);
        EnsureHttpSuccess(response, $"Creating the customer {identifierType} {value}");
        return new MfaCustomer(brand, identifierType, value, mobile, password?.Value);
    }

    /// <summary>C5: the same identifier on the second brand, with its own password (through the hooks only: a second brand needs them).</summary>
    public async Task CreateCustomerOnSecondBrandAsync(MfaCustomer customer, TestPassword password)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(password);
        var brand = brands.RequireSecondBrand();
        var response = await _hooks.CreateCustomersAsync([new HookCustomer(brand, customer.IdentifierType, customer.IdentifierValue, password.Value)]).ConfigureAwait(false);
        EnsureHttpSuccess(response, $"Creating the customer {customer.IdentifierType} {customer.IdentifierValue} on the second brand");
    }

    private MfaCustomer TakeFixture(string brand, string identifierType, TestPassword? password)
    {
        var pool = target.Identities ?? throw new SetUpFailedException("The target has no sandbox hooks and no identity fixtures file was given.");
        var wanted = password is null ? $"first-time {identifierType} customer" : $"returning {identifierType} customer";
        var bound = password?.Literal is { } literal ? passwords.BoundValue(literal) : null;
        var fixture = pool.TryTake(f => f.IdentifierType == identifierType && (password is null
            ? f.Password is null
            : f.Password is not null && (password.Literal is null ? f.Password == password.Value : bound is null || f.Password == bound)));
        if (fixture is null)
        {
            // not a target fault: the fixtures file is too small for the suite
            runtime.TestIgnore($"needs-fresh-customer: the identity fixtures have no unused {wanted} left");
            throw new UnreachableException();
        }

        if (password?.Literal is { } bind)
        {
            passwords.Bind(bind, fixture.Password!);
        }

        return new MfaCustomer(brand, fixture.IdentifierType, fixture.IdentifierValue, fixture.Mobile, fixture.Password)
        {
            Device = fixture.DeviceId,
        };
    }

    private static void EnsureHttpSuccess(ApiResponse response, string what)
    {
        if (!response.IsHttpSuccess)
        {
            throw new SetUpFailedException($"{what} failed: {ResponseDescriptions.Describe(response)}");
        }
    }
}
