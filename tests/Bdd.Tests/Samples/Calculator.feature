@calc
Feature: Calculator
  Adds numbers.

  Background:
    Given a calculator

  @smoke
  Scenario: Add two numbers
    Given I have entered 50 into the calculator
    And I have entered 70 into the calculator
    When I press add
    Then the result should be 120

  Scenario Outline: Add <a> and <b>
    Given I have entered <a> into the calculator
    And I have entered <b> into the calculator
    When I press add
    Then the result should be <sum>

    Examples:
      | a  | b | sum | why           |
      | 1  | 2 | 3   | small         |
      | -4 | 4 | 0   | negative      |
      | 10 | 0 | 10  | zero addend   |
