@hooked
Feature: Hook order

  @tagged
  Scenario: Hooks run in order
    Given a step that records itself

  Scenario: After hooks run when a step fails
    Given a step that records itself
    And a step that throws
