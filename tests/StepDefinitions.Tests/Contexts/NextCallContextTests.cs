using MfaConformance.StepDefinitions.Contexts;
namespace MfaConformance.StepDefinitions.Tests.Contexts;

public sealed class NextCallContextTests
{
    [Fact]
    public void Take_AfterSeveralModifiers_ReturnsThemAllAndClears()
    {
        var next = new NextCallContext();
        next.Update(m => m with { Device = "other-device" });
        next.Edit(new FieldEdit("brand", null));
        next.Edit(new FieldEdit("deviceId", string.Empty));

        var taken = next.Take();

        taken.Device.ShouldBe("other-device");
        taken.FieldEdits.Select(e => e.Field).ShouldBe(["brand", "deviceId"]);
        next.Take().ShouldBe(CallModifiers.None);
    }
}
