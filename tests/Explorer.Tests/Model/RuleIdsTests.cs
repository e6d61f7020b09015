using MfaConformance.Explorer.Model;
using MfaConformance.StepDefinitions.Rules;

namespace MfaConformance.Explorer.Tests.Model;

public sealed class RuleIdsTests
{
    [Fact]
    public void EveryRuleTheModelCites_IsARowOfTheRuleMatrix()
    {
        RuleIds.All.Where(id => RuleCatalog.Find(id) is null).ShouldBeEmpty("docs/rules.md has a row for every rule a must cites");
        RuleCatalog.All.Select(r => r.Id).Except(RuleIds.All).ShouldBeEmpty("the model cites every row of docs/rules.md");
    }
}
