Feature: Outcomes

  Scenario: Undefined step
    Given a calculator
    When I do something nobody wrote with "text" and 42 items

  Scenario: Ambiguous step
    Given a step that two bindings match

  Scenario: Pending step
    Given a step still being written

  Scenario: Failing step
    Given a calculator
    When I press add
    Then the result should be 99
    And the result should be 0

  Scenario: Skipped for a capability
    Given the target lacks a clock
    Then the result should be 0
