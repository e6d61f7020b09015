using MfaConformance.StepDefinitions.Contexts;
namespace MfaConformance.StepDefinitions.Tests.Contexts;

public sealed class ResponseContextTests
{
    [Fact]
    public void Last_BeforeAnyAction_ThrowsSayingAnActionIsNeeded()
    {
        var error = Should.Throw<InvalidOperationException>(() => new ResponseContext().Last);

        error.Message.ShouldContain("No call has been made yet");
    }
}
