Feature: Tables and doc strings

  Scenario: Customer from a vertical table
    Given the customer
      | Field        | Value            |
      | Mobile       | 919876543210     |
      | Display Name | Asha             |
      | Tier         | Gold             |
    Then the customer is called "Asha" with tier Gold

  Scenario: Devices from a horizontal table
    Given these devices
      | device id | trusted |
      | phone-1   | true    |
      | laptop-2  | false   |
    Then there are 2 devices, 1 trusted

  Scenario: Doc string
    Given the note
      """
      line one
      line <two>
      """
    Then the note has 2 lines
