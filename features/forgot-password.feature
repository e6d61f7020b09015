@needs-fresh-customer @needs-otp
Feature: MFA password, forgot password
  A customer who forgot the MFA password proves the MFA OTP, takes a new MFA
  session and sets a new password (spec 1.7). The documentation states the OTP
  requirement and its switch; the exact sequence is our reading (#9).

  # spec: 1.7, E12, #9
  @inferred @smoke @load
  Scenario: A customer resets a forgotten MFA password after proving the MFA OTP
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    When the customer requests an MFA session
    And the customer resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call succeeds
    And the customer can complete MFA with the password "Passw0rd!new"
    And the customer cannot complete MFA with the password "Passw0rd!old"

  # spec: 1.7, S17 CONF_SKIP_OTP_VALIDATE_RESET, S18
  @documented
  Scenario: By default the password cannot be reset without proving the MFA OTP
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

  # spec: 1.7, E12, S6, S17 CONF_SKIP_OTP_VALIDATE_RESET
  @documented @needs-brand-config
  Scenario: With CONF_SKIP_OTP_VALIDATE_RESET the password is reset without the MFA OTP
    Given a brand with:
      | key                          | value |
      | IS_MFA_PASSWORD_ENABLED      | true  |
      | CONF_SKIP_OTP_VALIDATE_RESET | true  |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call succeeds
    And the customer can complete MFA with the password "Passw0rd!new"

  # spec: E12 confirmPassword, §3 1521
  @inferred
  Scenario: The new password must be repeated exactly
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    When the customer requests an MFA session
    And the customer resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!diff"
    Then the call fails with error code 1521

  # spec: E12, §4.2 Password rules MFA, §3 1542
  @inferred @needs-brand-config
  Scenario: The new password must match MFA_PASSWORD_REGEX
    Given a brand with:
      | key                     | value                |
      | IS_MFA_PASSWORD_ENABLED | true                 |
      | MFA_PASSWORD_REGEX      | ^(?=.*[0-9]).{8,64}$ |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    When the customer requests an MFA session
    And the customer resets the MFA password to "short1" confirmed as "short1"
    Then the call fails with error code 1542

  # spec: E12 deviceId, §0.1 deviceId, §3 1508
  @documented
  Scenario: The password cannot be reset from another device
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    When the customer requests an MFA session
    And the next call is made from device "other-device"
    And the customer resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails with error code 1508

  # spec: #9, S5 rule by analogy, §3 1505
  @inferred
  Scenario: The session consumed by the MFA OTP cannot be used for the reset
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    When the customer resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails with error code 1505
