@needs-fresh-customer @needs-otp
Feature: MFA password, returning user
  A customer who already has an MFA password completes MFA by validating it on a
  fresh MFA session (spec 1.5) and receives the MFA token (T2) and key (K2).

  # spec: 1.5, E8, E11
  @documented @smoke @load
  Scenario: A returning customer completes MFA with their password
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    When the customer requests an MFA session
    Then the call succeeds
    And the response carries a session
    When the customer validates the MFA password "Passw0rd!old"
    Then the call succeeds
    And the response carries a token and a key

  # spec: E11 example, #18, #19, §0.1 Roles
  @inferred
  Scenario: The password validation response has the example's shape
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer validates the MFA password "Passw0rd!old"
    Then the response has the role "USER"
    And the response says the customer is registered for a password
    And the response's identifier list is null, a list or a string

  # spec: E1 identifierType, E8, E11 identifierType, §0.1 identifierType
  @documented
  Scenario Outline: A returning customer identified by <identifierType> completes MFA
    Given the brand has the default MFA password configuration
    And a returning MFA customer identified by "<identifierType>" with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer validates the MFA password "Passw0rd!old"
    Then the call succeeds
    And the response carries a token and a key

    Examples:
      | identifierType | why                                                   |
      | MOBILE         | the documented examples' identifier                   |
      | EMAIL          | documented for both the first factor and MFA          |
      | USERNAME       | documented for both; first-factor calls send a mobile |

  # spec: E11, §3 1526 1528 (code not asserted: mapping is ours, #14)
  @documented
  Scenario: A wrong MFA password is refused
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer validates the MFA password "Wr0ng!guess"
    Then the call fails

  # spec: E11, 1.5, §0.1 deviceId, §1 identity fields, §3 1507 1508 1541
  Scenario Outline: The MFA password is refused when the <part> differs from the session's
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And another returning MFA customer with password "Passw0rd!other"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the next call <mismatch>
    And the customer validates the MFA password "Passw0rd!old"
    Then the call fails with error code <codes>

    @documented
    Examples: the documentation gives the device rule its code
      | part   | mismatch                           | codes |
      | device | is made from device "other-device" | 1508  |

    @inferred
    Examples: codes from our mapping of the documented messages
      | part       | mismatch                              | codes        |
      | identifier | names the other customer's identifier | 1507 or 1541 |

  # spec: E11, 1.5, §1 identity fields ("the same values on every call in a flow", S19); code not asserted (1507/1541 are our mapping)
  @documented
  Scenario: The MFA password is refused on a session of another customer's identifier
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And another returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the next call names the other customer's identifier
    And the customer validates the MFA password "Passw0rd!old"
    Then the call fails

  # spec: E11, 1.5, §1 identity fields ("the same values on every call in a flow", S19); code not asserted (1509 is our mapping)
  @documented @needs-brand-config
  Scenario: The MFA password is refused on a session of another brand
    Given the brand has the default MFA password configuration
    And a second brand with the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the next call names the second brand
    And the customer validates the MFA password "Passw0rd!old"
    Then the call fails

  # spec: E11, §1 identity fields, §3 1509
  @inferred @needs-brand-config
  Scenario: The MFA password is refused when the brand differs from the session's
    Given the brand has the default MFA password configuration
    And a second brand with the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the next call names the second brand
    And the customer validates the MFA password "Passw0rd!old"
    Then the call fails with error code 1509

  # spec: S5 rule, #6, E11
  @documented
  Scenario: After an MFA OTP, the password is validated on a new MFA session
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    When the customer requests an MFA session
    And the customer validates the MFA password "Passw0rd!old"
    Then the call succeeds
    And the response carries a token and a key

  # spec: #6, S5 rule, §3 1505
  @inferred
  Scenario: A session consumed by MFA OTP validation cannot validate the password
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    When the customer validates the MFA password "Passw0rd!old"
    Then the call fails with error code 1505

  # spec: §0.1 brand, control-plane Rules
  @inferred
  Scenario: The brand name is matched without regard to case
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the next call names the brand in lower case
    And the customer validates the MFA password "Passw0rd!old"
    Then the call succeeds

  # spec: §4.4 IS_MFA_PASSWORD_ENABLED ("Enables the MFA password flow", S17), 1.4 prerequisites; code not asserted (1524 is our mapping)
  @documented @needs-brand-config
  Scenario: No MFA password is accepted while MFA passwords are disabled
    Given a brand with:
      | key                     | value |
      | IS_MFA_PASSWORD_ENABLED | false |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer validates the MFA password "Passw0rd!old"
    Then the call fails

  # spec: §4.4 IS_MFA_PASSWORD_ENABLED, 1.4 prerequisites, §3 1524
  @inferred @needs-brand-config
  Scenario: The MFA password cannot be validated when MFA passwords are disabled
    Given a brand with:
      | key                     | value |
      | IS_MFA_PASSWORD_ENABLED | false |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer validates the MFA password "Passw0rd!old"
    Then the call fails with error code 1524

  # spec: §4.4 CONF_REGENERATE_MFA_TOKEN (default true: "Issue a key after MFA validation")
  @documented @needs-brand-config
  Scenario: With CONF_REGENERATE_MFA_TOKEN off, MFA validation issues no key
    Given a brand with:
      | key                       | value |
      | IS_MFA_PASSWORD_ENABLED   | true  |
      | CONF_REGENERATE_MFA_TOKEN | false |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer validates the MFA password "Passw0rd!old"
    Then the call succeeds
    And the response carries a token
    And the response has no key
