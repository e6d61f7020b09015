namespace MfaConformance.ReferenceServer.Weaknesses;

/// <summary>The names of the planted security weaknesses (debug switches of <c>serve --debug-weakness</c>).</summary>
public static class WeaknessNames
{
    public const string CounterToken = "counter-token";
    public const string EarlyExitPasswordCompare = "early-exit-password-compare";
    public const string UnknownCustomerDiffers = "unknown-customer-differs";
    public const string Otp1000Values = "otp-1000-values";
    public const string EchoPassword = "echo-password";
}
