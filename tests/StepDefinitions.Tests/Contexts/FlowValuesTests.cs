using MfaConformance.StepDefinitions.Contexts;
namespace MfaConformance.StepDefinitions.Tests.Contexts;

public sealed class FlowValuesTests
{
    [Fact]
    public void ToString_WithSecrets_PrintsNone()
    {
        var flow = new FlowValues { MfaToken = "secret-token", MfaKey = "secret-key", PreviousOtp = "123456" };
        var customer = new MfaCustomer("ACME", "MOBILE", "9100", null, "Passw0rd!old");

        flow.ToString().ShouldNotContain("secret");
        customer.ToString().ShouldBe("MOBILE 9100 on brand ACME");
    }

    [Fact]
    public void FreshLogin_OfACustomer_KeepsIdentityPasswordAndDeviceButNoFlowValues()
    {
        var customer = new MfaCustomer("ACME", "USERNAME", "jo_1", "91000", "Passw0rd!old") { Device = "d1" };
        customer.Flow.MfaToken = "T2";

        var fresh = customer.FreshLogin();

        (fresh.IdentifierValue, fresh.Mobile, fresh.Password, fresh.Device).ShouldBe(("jo_1", "91000", "Passw0rd!old", "d1"));
        fresh.Flow.MfaToken.ShouldBeNull();
    }
}
