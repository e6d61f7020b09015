namespace MfaConformance.StepDefinitions.Target;

/// <summary>What a target offers the harness beyond the API itself (see features/README.md, "Capability").</summary>
[Flags]
public enum TargetCapabilities
{
    None = 0,

    /// <summary>Customers in a known state: sandbox hooks or an identity fixtures file (@needs-fresh-customer).</summary>
    FreshCustomer = 1,

    /// <summary>The OTPs the target sends can be read (@needs-otp).</summary>
    Otp = 2,

    /// <summary>The target's clock can be moved forward (@needs-clock).</summary>
    Clock = 4,

    /// <summary>Brands with a specific configuration can be created (@needs-brand-config).</summary>
    BrandConfig = 8,

    All = FreshCustomer | Otp | Clock | BrandConfig,
}
