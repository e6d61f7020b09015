using System.Globalization;
using MfaConformance.Client;
using MfaConformance.Client.Fixtures;
using MfaConformance.Client.Hooks;
using MfaConformance.Client.Otp;
using MfaConformance.Client.Transport;
using MfaConformance.StepDefinitions.Drivers;
namespace MfaConformance.StepDefinitions.Target;

/// <summary>What <see cref="ConformanceTarget.CreateAsync"/> finds out and prepares before the first scenario.</summary>
internal sealed record ConformanceTargetSetup(
    ControlPlaneDetection Detection,
    TargetCapabilities Capabilities,
    string? Brand,
    IdentityPool? Identities,
    IOtpSource OtpSource,
    int Seed,
    Dictionary<TargetCapabilities, string> MissingReasons)
{
    public static async Task<ConformanceTargetSetup> RunAsync(TargetConnection connection, ConformanceTargetOptions extra, CancellationToken cancellationToken)
    {
        var options = connection.Options;
        var hooks = connection.CreateHooksClient();
        var detection = await hooks.DetectAsync(cancellationToken).ConfigureAwait(false);
        if (detection.Status == ControlPlaneStatus.Unreachable)
        {
            throw new TargetUnreachableException(detection.Detail);
        }

        var seed = extra.Seed ?? Random.Shared.Next(1, int.MaxValue);
        var fixtures = extra.FixturesPath is null ? null : IdentityFixturesLoader.Load(extra.FixturesPath);
        var brand = options.Brand ?? fixtures?.Brand;
        if (detection.IsPresent && (brand is null || (options.Brand is not null && extra.ProvisionBrand)))
        {
            brand ??= $"{extra.BrandPrefix}-{new Random(seed).Next(0x100000, 0xFFFFFF).ToString("X6", CultureInfo.InvariantCulture)}";
            var put = await hooks.PutBrandAsync(brand, DefaultBrandConfiguration.Create(), cancellationToken).ConfigureAwait(false);
            if (!put.IsHttpSuccess)
            {
                throw new TargetSetUpException($"Creating the run brand '{brand}' failed: {ResponseDescriptions.Describe(put)}");
            }
        }

        var otp = extra.OtpSource ?? OtpSources.Create(options.Otp, hooks);
        var identities = fixtures is null ? null : new IdentityPool(fixtures.Customers);
        var (capabilities, missing) = DetectCapabilities(detection, otp, identities);
        return new ConformanceTargetSetup(detection, capabilities, brand, identities, otp, seed, missing);
    }

    private static (TargetCapabilities, Dictionary<TargetCapabilities, string>) DetectCapabilities(ControlPlaneDetection detection, IOtpSource otp, IdentityPool? identities)
    {
        var missing = new Dictionary<TargetCapabilities, string>();
        var noHooks = $"the target has no sandbox hooks ({detection.Detail})";
        if (!detection.IsPresent)
        {
            missing[TargetCapabilities.Clock] = $"the target has no sandbox clock hook ({detection.Detail})";
            missing[TargetCapabilities.BrandConfig] = $"brands can only be configured through the sandbox hooks, and {noHooks}";
            if (identities is null)
            {
                missing[TargetCapabilities.FreshCustomer] = $"{noHooks} and no identity fixtures file was given (--fixtures)";
            }

            if (otp is HooksOtpSource)
            {
                missing[TargetCapabilities.Otp] = $"the OTP source is 'hooks' but {noHooks}; choose --otp-source fixed:VALUE, command:CMD or prompt";
            }
        }

        var capabilities = TargetCapabilities.All;
        foreach (var capability in missing.Keys)
        {
            capabilities &= ~capability;
        }

        return (capabilities, missing);
    }
}
