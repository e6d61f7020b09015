@needs-fresh-customer @needs-otp
Feature: MFA token regeneration
  The MFA key (K2) from a successful MFA validation regenerates the MFA token
  without a new primary flow (spec 1.9, E14). Keys do not expire by default.

  Background:
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password

  # spec: 1.9, E14
  @documented @smoke @load @rule:flow
  Scenario: The MFA key regenerates the MFA token
    When the customer regenerates the MFA token
    Then the call succeeds
    And the response carries a token

  # spec: E14 example, §0.1 Roles
  @inferred
  Scenario: The regeneration response has the example's shape
    When the customer regenerates the MFA token
    Then the response has no key
    And the response has the role "USER"

  # spec: E14, E13, 1.11 T2 "mfa/token/regenerate -> auth.token"
  @documented @rule:flow
  Scenario: A regenerated MFA token can change the password
    When the customer regenerates the MFA token
    And the customer changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call succeeds
    And the customer can complete MFA with the password "Passw0rd!new"

  # spec: E14 "needs no primary flow", §4.1 MFA token 15 min, §4.1 Key no expiry
  @documented @needs-clock @rule:key-lifetime
  Scenario: The MFA key regenerates the token after the MFA token has expired
    When the target's clock moves forward 21 minutes
    And the customer regenerates the MFA token
    Then the call succeeds
    And the response carries a token

  # spec: E14 key (K2, from the MFA password or OTP validation, S8), 1.9 (a primary key must not skip the second factor), 1.11
  @documented @rule:credential
  Scenario Outline: The MFA token is regenerated only from the MFA key, not <credential>
    When the next call carries <credential>
    And the customer regenerates the MFA token
    Then the call fails

    Examples:
      | credential           | why                                            |
      | the first-factor key | K1 comes from the first factor (1.11)          |
      | the MFA token        | T2 is a token; a key regenerates it (1.9, E14) |

  # spec: E14 key, §3 1525, 1597
  @inferred @rule:credential
  Scenario: A key that was not issued cannot regenerate the MFA token
    When the next call carries a tampered MFA key
    And the customer regenerates the MFA token
    Then the call fails with error code 1525 or 1597
