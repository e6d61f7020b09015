@needs-fresh-customer @needs-otp
Feature: Hardening of the MFA flow
  Session reuse and token misuse. Consumed sessions are our reading of #6 (@inferred);
  the rest is security practice beyond the documentation (@hardening, advisory). The
  documented limits are in limits.feature, OTP replay in first-factor.feature and
  first-time-user.feature.

  # spec: #6, §3 1505
  @inferred
  Scenario Outline: A session consumed by a successful validation cannot be used again (<use>)
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has requested an MFA OTP
    When the customer <validation>
    Then the call succeeds
    When the customer <validation>
    Then the call fails with error code 1505

    Examples:
      | use                 | validation                                    |
      | password validation | validates the MFA password "Passw0rd!old"     |
      | MFA OTP validation  | submits the customer's own OTP as the MFA OTP |

  # spec: E13 token, E15 token, E14 key (integrity of tokens and keys)
  @hardening
  Scenario Outline: A tampered <credential> is refused (<use>)
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the next call carries a tampered <credential>
    And the customer <action>
    Then the call fails

    Examples:
      | credential | use             | action                                                                                     |
      | MFA token  | password change | changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new" |
      | MFA token  | logout          | expires the MFA token                                                                      |
      | MFA key    | regeneration    | regenerates the MFA token                                                                  |

  # spec: §1 identity fields, 1.11 T2 K2, §3 1507
  @hardening
  Scenario Outline: The <credential> of one customer cannot act for another (<use>)
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And another returning MFA customer with password "Passw0rd!other"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    And the other customer has completed MFA with their password on device "d1"
    When the next call carries the other customer's <credential>
    And the customer <action>
    Then the call fails

    Examples:
      | credential | use             | action                                                                                     |
      | MFA token  | password change | changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new" |
      | MFA token  | logout          | expires the MFA token                                                                      |
      | MFA key    | regeneration    | regenerates the MFA token                                                                  |

  # spec: 1.10, §5.B "whether expiring T2 also invalidates K2"
  @hardening @rule:expire-revokes
  Scenario: After logout the MFA key cannot mint a new MFA token
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer expires the MFA token
    And the customer regenerates the MFA token
    Then the call fails

  # Changes sent at once with the same current password: after the first, the current password is another one, so
  # at most one can be acknowledged, and its password must be the one that works (no acknowledged change lost).
  # spec: E13, 1.8 (the current password must match)
  @hardening
  Scenario: Of 5 password changes sent at once with the same current password at most one is acknowledged, and it is the one that works
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer changes the MFA password from "Passw0rd!old" 5 times at once, each time to a new password like "Passw0rd!new"
    Then at most one of those calls succeeds
    And only the password of the last acknowledged update completes MFA

  # spec: E12, 1.7, #9, S17/S18 (a reset needs a validated MFA OTP): one validated OTP, one reset
  @hardening
  Scenario: One validated MFA OTP authorizes at most one of 10 password resets sent at once
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    When the customer resets the MFA password 10 times at once, each time on a new MFA session to a new password like "Passw0rd!new"
    Then at most one of those calls succeeds
    And only the password of the last acknowledged update completes MFA

  # A change (with T2 and the current password) and a reset (with a new session after a validated OTP) at once: if
  # both are acknowledged the change came first, so the reset's password must be the one that works.
  # spec: E12, E13, 1.7, 1.8
  @hardening
  Scenario: A password change and a password reset sent at once never lose an acknowledged update
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    And the customer has an MFA session
    When the customer changes the MFA password from "Passw0rd!old" to "Passw0rd!chg" and at the same time resets it to "Passw0rd!rst"
    Then only the password of the last acknowledged update completes MFA
