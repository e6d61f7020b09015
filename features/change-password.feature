@needs-fresh-customer @needs-otp
Feature: MFA password, change password
  A customer who has just validated the MFA password uses the MFA token (T2) to
  change it (spec 1.8). The canonical path is mfa/password/change with T2 (#3, #4).
  The same page's curl and the flow overview post to /auth/v1/password/change: a server
  may or may not take T2 there (only recorded, #3), but wherever it takes a change it must
  refuse every change the documentation refuses, so each refusal is checked on both paths,
  and every refused change leaves the old password working.

  # spec: 1.8, E13
  @documented @smoke @load @rule:change-takes-effect
  Scenario: A customer changes the MFA password; the new one works and the old one fails
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call succeeds
    And the customer can complete MFA with the password "Passw0rd!new"
    And the customer cannot complete MFA with the password "Passw0rd!old"

  # spec: E13 password (the current one), S7 "validate your current password", §3 1528 (code not asserted: our mapping)
  @documented @rule:password-check
  Scenario Outline: The change needs the current password exactly (<why>, <path>)
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer <change> from <current> to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

    Examples:
      | current                                   | why                                   | path                     | change                                                         |
      | "Wr0ng!guess"                             | another password                      | mfa/password/change      | changes the MFA password                                       |
      | "Passw0rd!old" in another case            | the same in another case              | mfa/password/change      | changes the MFA password                                       |
      | "Passw0rd!old" with one more character    | a longer string with the same prefix  | mfa/password/change      | changes the MFA password                                       |
      | "Passw0rd!old" without its last character | a shorter string with the same prefix | mfa/password/change      | changes the MFA password                                       |
      | "Wr0ng!guess"                             | another password                      | the password/change path | changes the MFA password through the password/change path      |
      | "Passw0rd!old" in another case            | the same in another case              | the password/change path | changes the MFA password through the password/change path      |
      | "Passw0rd!old" with one more character    | a longer string with the same prefix  | the password/change path | changes the MFA password through the password/change path      |
      | "Passw0rd!old" without its last character | a shorter string with the same prefix | the password/change path | changes the MFA password through the password/change path      |

  # spec: E13 confirmPassword ("repeats the new password"), S19 1521; code not asserted (our mapping)
  @documented @rule:confirm-password
  Scenario Outline: The new password must be repeated exactly (<why>, <path>)
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer <change> from "Passw0rd!old" to "Passw0rd!new" confirmed as <confirmation>
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

    Examples:
      | confirmation                   | why                       | path                     | change                                                    |
      | "Passw0rd!diff"                | another password          | mfa/password/change      | changes the MFA password                                  |
      | "Passw0rd!new" in another case | the same, in another case | mfa/password/change      | changes the MFA password                                  |
      | "Passw0rd!diff"                | another password          | the password/change path | changes the MFA password through the password/change path |
      | "Passw0rd!new" in another case | the same, in another case | the password/change path | changes the MFA password through the password/change path |

  # spec: E13, §3 1521 1527 1528
  @inferred
  Scenario Outline: The change is refused with our mapped code when <why>
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer changes the MFA password from "<current>" to "<new>" confirmed as "<confirmation>"
    Then the call fails with error code <code>

    @rule:password-check
    Examples: the current password
      | current      | new          | confirmation  | code | why                                         |
      | Wr0ng!guess  | Passw0rd!new | Passw0rd!new  | 1528 | the current password is wrong               |

    @rule:confirm-password
    Examples: the confirmation
      | current      | new          | confirmation  | code | why                                         |
      | Passw0rd!old | Passw0rd!new | Passw0rd!diff | 1521 | confirmPassword does not repeat the new one |

    @rule:new-differs
    Examples: the new password
      | current      | new          | confirmation  | code | why                                         |
      | Passw0rd!old | Passw0rd!old | Passw0rd!old  | 1527 | the new password equals the old one         |

  # spec: E13, §3 1527 ("Old password and new password cannot be same", S19); code not asserted (tying 1527 to E13 is our mapping)
  @documented @rule:new-differs
  Scenario Outline: A change to the same password is refused (<path>)
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer <change> from "Passw0rd!old" to "Passw0rd!old" confirmed as "Passw0rd!old"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

    Examples:
      | path                     | change                                                    |
      | mfa/password/change      | changes the MFA password                                  |
      | the password/change path | changes the MFA password through the password/change path |

  # spec: E13, §4.2 Password rules MFA ("must match MFA_PASSWORD_REGEX", S17); code not asserted (1542 is our mapping)
  @documented @needs-brand-config @rule:password-regex
  Scenario Outline: A new password that does not match MFA_PASSWORD_REGEX is refused and the old one keeps working (<path>)
    Given a brand with:
      | key                     | value                |
      | IS_MFA_PASSWORD_ENABLED | true                 |
      | MFA_PASSWORD_REGEX      | ^(?=.*[0-9]).{8,64}$ |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer <change> from "Passw0rd!old" to "NoDigitsAtAll!" confirmed as "NoDigitsAtAll!"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

    Examples:
      | path                     | change                                                    |
      | mfa/password/change      | changes the MFA password                                  |
      | the password/change path | changes the MFA password through the password/change path |

  # spec: E13, §4.2 Password rules MFA, §3 1542
  @inferred @needs-brand-config @rule:password-regex
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

  # spec: E13 token ("T2, from /mfa/password/validate", S7), 1.11 T2, #4, #17
  Scenario Outline: The change needs the MFA token, not <token> (<path>)
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    And the customer has an MFA session
    When the next call carries <token>
    And the customer <change> from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

    @documented @rule:credential
    Examples: the docs name the token of mfa/password/validate (S7)
      | token                 | path                     | change                                                    | why                                                      |
      | the MFA session token | mfa/password/change      | changes the MFA password                                  | the VIEW token of mfa/token/generate is not T2 (S7, #17) |
      | the MFA key           | mfa/password/change      | changes the MFA password                                  | K2 is a key for mfa/token/regenerate, not a token        |
      | the MFA session token | the password/change path | changes the MFA password through the password/change path | the VIEW token of mfa/token/generate is not T2 (S7, #17) |
      | the MFA key           | the password/change path | changes the MFA password through the password/change path | K2 is a key for mfa/token/regenerate, not a token        |

    @inferred @rule:credential
    Examples: the S7 example itself carries a non-T2 token (#4)
      | token                  | path                | change                   | why                                                |
      | the first-factor token | mfa/password/change | changes the MFA password | #4: T1 is not the token from mfa/password/validate |

  # With MFA passwords off, MFA runs on the OTP alone (1.6) and still issues T2; turning them back on shows the old password intact.
  # spec: §4.4 IS_MFA_PASSWORD_ENABLED ("Enables the MFA password flow", S17); code not asserted (1524 is our mapping)
  @documented @needs-brand-config @rule:mfa-password-enabled
  Scenario Outline: No MFA password is changed while MFA passwords are disabled (<path>)
    Given a brand with:
      | key                     | value |
      | IS_MFA_PASSWORD_ENABLED | false |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    When the customer <change> from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    When the brand's configuration changes to:
      | key                     | value |
      | IS_MFA_PASSWORD_ENABLED | true  |
    Then the customer can complete MFA with the password "Passw0rd!old"

    Examples:
      | path                     | change                                                    |
      | mfa/password/change      | changes the MFA password                                  |
      | the password/change path | changes the MFA password through the password/change path |
