@needs-fresh-customer @needs-otp
Feature: MFA token expiry and logout
  The MFA token (T2) lives 15 minutes and the customer can expire it at once
  (logout, spec 1.10, E15). MFA sessions live 15 minutes; keys do not expire
  unless key expiry is configured. Time is moved on the target's clock, never waited for.

  # spec: 1.10, E15
  @documented @smoke @load
  Scenario: A customer logs out by expiring the MFA token
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer expires the MFA token
    Then the call succeeds

  # spec: 1.10 "ensures safety", E15, E13
  @documented
  Scenario: An expired (logged-out) MFA token can no longer change the password
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer expires the MFA token
    And the customer changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

  # spec: E15 deviceId, §0.1 deviceId, §3 1508
  @documented
  Scenario: The MFA token cannot be expired from another device
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the next call is made from device "other-device"
    And the customer expires the MFA token
    Then the call fails with error code 1508

  # spec: E15 token, #4
  @inferred
  Scenario: Logout needs the MFA token, not the first-factor token
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the next call carries the first-factor token
    And the customer expires the MFA token
    Then the call fails

  # spec: §4.1 MFA token 15 min, E4/E5 "valid 15 min by default"
  @documented @needs-clock
  Scenario: The MFA token still works shortly before its 15-minute lifetime ends
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the target's clock moves forward 14 minutes
    And the customer changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call succeeds

  # spec: §4.1 MFA token 15 min, E13, §3 1529
  @documented @needs-clock
  Scenario: The MFA token is refused after its 15-minute lifetime
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the target's clock moves forward 16 minutes
    And the customer changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails

  # spec: §4.1 MFA session 15 min, E11, §3 1505
  @documented @needs-clock
  Scenario: The MFA session is refused after its 15-minute lifetime
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the target's clock moves forward 16 minutes
    And the customer validates the MFA password "Passw0rd!old"
    Then the call fails

  # spec: §4.1, #8, E10
  @documented @needs-clock
  Scenario: An MFA OTP is refused once more than 20 minutes have passed
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has requested an MFA OTP
    When the target's clock moves forward 21 minutes
    And the customer submits the customer's own OTP as the MFA OTP
    Then the call fails

  # spec: §3 1505 1529 ("When" column is our mapping), §4.1
  @inferred @needs-clock
  Scenario Outline: An expired <credential> is refused with our mapped code (<use>)
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    And the customer has an MFA session
    When the target's clock moves forward 16 minutes
    And the customer <action>
    Then the call fails with error code <code>

    Examples:
      | credential  | use                 | action                                                                                     | code |
      | MFA token   | password change     | changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new" | 1529 |
      | MFA token   | logout              | expires the MFA token                                                                      | 1529 |
      | MFA session | password validation | validates the MFA password "Passw0rd!old"                                                  | 1505 |

  # spec: §3 1531
  @inferred
  Scenario: An MFA token cannot be expired twice
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer expires the MFA token
    And the customer expires the MFA token
    Then the call fails with error code 1531

  # spec: §4.1 Key, #11, E14
  @documented @needs-clock
  Scenario: Without key expiry the MFA key still regenerates hours later
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the target's clock moves forward 180 minutes
    And the customer regenerates the MFA token
    Then the call succeeds
    And the response carries a token

  # spec: 1.9 Key validity, §4.1 CONF_ENABLE_EXPIRY_BASED_KEY, CONF_KEY_EXPIRY_MFA_IN_MINUTES, #11, 1597
  @documented @needs-clock @needs-brand-config
  Scenario: With key expiry on, the MFA key is refused after its lifetime
    Given a brand with:
      | key                            | value |
      | IS_MFA_PASSWORD_ENABLED        | true  |
      | CONF_ENABLE_EXPIRY_BASED_KEY   | true  |
      | CONF_KEY_EXPIRY_MFA_IN_MINUTES | 60    |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the target's clock moves forward 61 minutes
    And the customer regenerates the MFA token
    Then the call fails with error code 1597
