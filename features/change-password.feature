@needs-fresh-customer @needs-otp
Feature: MFA password, change password
  A customer who has just validated the MFA password uses the MFA token (T2) to
  change it (spec 1.8). The canonical path is mfa/password/change with T2 (#3, #4).

  # spec: 1.8, E13
  @documented @smoke @load
  Scenario: A customer changes the MFA password; the new one works and the old one fails
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call succeeds
    And the customer can complete MFA with the password "Passw0rd!new"
    And the customer cannot complete MFA with the password "Passw0rd!old"

  # spec: E13 password, S7 "validate your current password", §3 1528
  @documented
  Scenario: The change is refused when the current password is wrong
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer changes the MFA password from "Wr0ng!guess" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

  # spec: E13, §3 1521 1527 1528
  @inferred
  Scenario Outline: The change is refused with our mapped code when <why>
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer changes the MFA password from "<current>" to "<new>" confirmed as "<confirmation>"
    Then the call fails with error code <code>

    Examples:
      | current      | new          | confirmation  | code | why                                         |
      | Wr0ng!guess  | Passw0rd!new | Passw0rd!new  | 1528 | the current password is wrong               |
      | Passw0rd!old | Passw0rd!new | Passw0rd!diff | 1521 | confirmPassword does not repeat the new one |
      | Passw0rd!old | Passw0rd!old | Passw0rd!old  | 1527 | the new password equals the old one         |

  # spec: E13, §3 1527 ("Old password and new password cannot be same", S19); code not asserted (tying 1527 to E13 is our mapping)
  @documented
  Scenario: A change to the same password is refused
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer changes the MFA password from "Passw0rd!old" to "Passw0rd!old" confirmed as "Passw0rd!old"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

  # spec: E13, §4.2 Password rules MFA ("must match MFA_PASSWORD_REGEX", S17); code not asserted (1542 is our mapping)
  @documented @needs-brand-config
  Scenario: A new password that does not match MFA_PASSWORD_REGEX is refused and the old one keeps working
    Given a brand with:
      | key                     | value                |
      | IS_MFA_PASSWORD_ENABLED | true                 |
      | MFA_PASSWORD_REGEX      | ^(?=.*[0-9]).{8,64}$ |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer changes the MFA password from "Passw0rd!old" to "NoDigitsAtAll!" confirmed as "NoDigitsAtAll!"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

  # spec: E13, §4.2 Password rules MFA, §3 1542
  @inferred @needs-brand-config
  Scenario: The new password must match MFA_PASSWORD_REGEX
    Given a brand with:
      | key                     | value                |
      | IS_MFA_PASSWORD_ENABLED | true                 |
      | MFA_PASSWORD_REGEX      | ^(?=.*[0-9]).{8,64}$ |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer changes the MFA password from "Passw0rd!old" to "NoDigitsAtAll!" confirmed as "NoDigitsAtAll!"
    Then the call fails with error code 1542

  # spec: E13 deviceId "same device used to generate the MFA token", §3 1508
  @documented
  Scenario: The password cannot be changed from another device
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the next call is made from device "other-device"
    And the customer changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails with error code 1508

  # spec: E13 token ("T2, from /mfa/password/validate", S7), 1.11 T2, #4, #17
  Scenario Outline: The change needs the MFA token, not <token>
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    And the customer has an MFA session
    When the next call carries <token>
    And the customer changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

    @documented
    Examples: the docs name the token of mfa/password/validate (S7)
      | token                 | why                                                         |
      | the MFA session token | the VIEW token of mfa/token/generate is not T2 (S7, #17)    |

    @inferred
    Examples: the S7 example itself carries a non-T2 token (#4)
      | token                  | why                                                 |
      | the first-factor token | #4: T1 is not the token from mfa/password/validate  |
