using System.Globalization;
using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Client;
using MfaConformance.Client.Hooks;
using MfaConformance.Client.Otp;
using MfaConformance.LoadScenarios.Data;
using MfaConformance.LoadScenarios.Steps;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Drivers;
namespace MfaConformance.LoadScenarios.Preflight;

/// <summary>
/// A short conformance pre-flight before the load clock starts, so a load run cannot bless a broken target (a
/// "yes-man" that answers success to everything passes every load threshold): on one returning customer of its own,
/// the target must refuse a wrong first-factor OTP, a wrong MFA password and an MFA session requested from another
/// device, and must accept the right OTP and password. The calls go through the conformance drivers, with the suite's
/// response checks; they are set-up, never part of the load figures.
/// </summary>
public static class LoadPreflight
{
    public const string OtherDevice = "preflight-other-device";

    public const string Checks = "a wrong first-factor OTP, a wrong MFA password and an MFA session from another device were refused; the right OTP and password were accepted";

    public static async Task<PreflightResult> RunAsync(BddRun run, LoadTarget target, LoadScenarioOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        MfaCustomer customer;
        try
        {
            customer = await CustomerAsync(target, options, cancellationToken).ConfigureAwait(false);
        }
        catch (LoadScenarioException ex)
        {
            return PreflightResult.Fail($"pre-flight could not run: {ex.Message} (turn it off with --no-preflight)");
        }

        await using var scope = run.CreateScope("load pre-flight", cancellationToken);
        await scope.StartAsync().ConfigureAwait(false);
        try
        {
            if (!scope.IsRunning)
            {
                var outcome = await scope.CompleteAsync().ConfigureAwait(false);
                return PreflightResult.Fail(target.Redact($"pre-flight could not start: {outcome.Message}"));
            }

            await new PreflightCalls(scope, customer).RunAsync(customer.Device ?? options.Device).ConfigureAwait(false);
            return PreflightResult.Pass($"pre-flight passed on {customer.IdentifierType} customer of brand {customer.Brand}: {Checks}");
        }
        catch (PreflightFailedException ex)
        {
            return PreflightResult.Fail(target.Redact($"pre-flight failed: {ex.Message}"));
        }
        catch (Exception ex) when (ex is SetUpFailedException or OtpUnavailableException or InvalidOperationException)
        {
            return PreflightResult.Fail(target.Redact($"pre-flight failed: {StepOutcomes.Shorten(ex.Message)}"));
        }
    }

    /// <summary>A returning customer of the pre-flight's own: created through the hooks, or a returning fixture.</summary>
    private static async Task<MfaCustomer> CustomerAsync(LoadTarget target, LoadScenarioOptions options, CancellationToken cancellationToken)
    {
        var conformance = target.Conformance;
        var brand = conformance.Brand
            ?? throw new LoadScenarioException("the target has no brand under test: give one (--brand) or a fixtures file, or use a target with sandbox hooks");
        if (!conformance.HasHooks)
        {
            var fixture = conformance.Identities?.TryTake(f => f.IsReturningCustomer)
                ?? throw new LoadScenarioException("it needs one returning customer (with a password) from the identity fixtures, and none is left");
            return new MfaCustomer(brand, fixture.IdentifierType, fixture.IdentifierValue, null, fixture.Password) { Device = fixture.DeviceId };
        }

        var sequence = conformance.NextSequence();
        var (value, mobile) = IdentityGenerator.Generate("MOBILE", options.Seed, sequence);
        var customer = new MfaCustomer(brand, "MOBILE", value, mobile, LoadPasswords.Current(options.Seed, sequence)) { Device = options.Device };
        var created = await conformance.Connection.CreateHooksClient()
            .CreateCustomersAsync([new HookCustomer(customer.Brand, customer.IdentifierType, customer.IdentifierValue, customer.Password)], cancellationToken)
            .ConfigureAwait(false);
        return created.IsHttpSuccess
            ? customer
            : throw new LoadScenarioException($"creating its customer through the sandbox hooks failed: HTTP {created.StatusCode.ToString(CultureInfo.InvariantCulture)}{(created.TransportError is null ? string.Empty : " (no answer)")}");
    }
}
