using MfaConformance.StepDefinitions.Steps;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Tests.Steps;

public sealed class BrandStepsTests
{
    [Fact]
    public void ToConfiguration_TableValues_JsonLiteralsWhenTheyParseElseStrings()
    {
        var table = new DataTable(["key", "value"]);
        table.AddRow(["IS_MFA_PASSWORD_ENABLED", "true"]);
        table.AddRow(["otpMaxCount", "2"]);
        table.AddRow(["otpTimeOut", "null"]);
        table.AddRow(["MFA_PASSWORD_REGEX", "^(?=.*[0-9]).{8,64}$"]);

        var configuration = BrandSteps.ToConfiguration(table);

        configuration.ToJsonString().ShouldBe("""{"IS_MFA_PASSWORD_ENABLED":true,"otpMaxCount":2,"otpTimeOut":null,"MFA_PASSWORD_REGEX":"^(?=.*[0-9]).{8,64}$"}""");
    }
}
