@needs-fresh-customer @needs-otp
Feature: MFA password, returning user
  A customer who already has an MFA password completes MFA by validating it on a
  fresh MFA session (spec 1.5) and receives the MFA token (T2) and key (K2).

  # spec: 1.5, E8, E11
  @documented @smoke @load @rule:flow
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

  # spec: 1.6, E9 (S3: the MFA OTP is requested on the MFA session)
  @documented @rule:flow
  Scenario: An MFA OTP is requested on the MFA session
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer requests an MFA OTP
    Then the call succeeds

  # spec: 1.6, E10 (S4: T2 and K2)
  @documented @rule:flow
  Scenario: The MFA OTP issued for the MFA session is accepted
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has requested an MFA OTP
    When the customer submits the customer's own OTP as the MFA OTP
    Then the call succeeds
    And the response carries a token and a key

  # spec: E1 identifierType, E8, E11 identifierType, §0.1 identifierType
  @documented @rule:flow
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

  # A refused password leaves the session usable (one wrong try is far inside the attempt limit).
  # spec: E11 password, §3 1526 1528 (code not asserted: mapping is ours, #14)
  @documented @rule:password-check
  Scenario Outline: Only the registered MFA password is accepted (<why>)
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer validates the MFA password <password>
    Then the call fails
    When the customer validates the MFA password "Passw0rd!old"
    Then the call succeeds

    Examples:
      | password                                  | why                                   |
      | "Wr0ng!guess"                             | another password                      |
      | "Passw0rd!old" in another case            | the same in another case              |
      | "Passw0rd!old" with one more character    | a longer string with the same prefix  |
      | "Passw0rd!old" without its last character | a shorter string with the same prefix |

  # spec: E11 sessionId (M, from mfa/token/generate, S5), 1.11 M
  @documented @rule:credential
  Scenario: The MFA password is not validated on a first-factor session
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has started the first factor on device "d1"
    When the next call carries the first-factor session
    And the customer validates the MFA password "Passw0rd!old"
    Then the call fails

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
  @inferred @rule:credential
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
  @documented @needs-brand-config @rule:mfa-password-enabled
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
  @inferred @needs-brand-config @rule:mfa-password-enabled
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
  @documented @needs-brand-config @rule:key-issued
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
