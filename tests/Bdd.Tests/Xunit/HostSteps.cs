namespace MfaConformance.Bdd.Tests.Xunit;

[Binding]
public sealed class HostSteps(IHostMarker marker)
{
    [Then("the test run host registered its services")]
    public void ThenTheHostRegisteredItsServices() => marker.Name.ShouldBe("sample host");
}
