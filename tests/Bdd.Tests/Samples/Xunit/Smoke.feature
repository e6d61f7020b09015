Feature: Xunit integration

  @smoke
  Scenario: A passing scenario
    Given a calculator
    When I press add
    Then the result should be 0
    And the test run host registered its services

  Scenario Outline: Rows are test cases
    Given I have entered <n> into the calculator
    When I press add
    Then the result should be <n>

    Examples:
      | n |
      | 5 |
      | 6 |

  Scenario: A skipped scenario
    Given the target lacks a clock
