namespace MfaConformance.Bdd;

public enum StepDefinitionKeyword
{
    Given,
    When,
    Then,
}
