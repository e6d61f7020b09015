@needs-fresh-customer @needs-otp
Feature: MFA token expiry, lifetimes and logout
  The MFA token (T2) lives CONF_MFA_TOKEN_EXPIRY_IN_MINUTES (15) and the customer can
  expire it at once (logout, spec 1.10, E15). Sessions live their configured minutes
  (15); keys do not expire unless key expiry is configured. Each lifetime is checked at
  its boundary on a brand configured with short values: 5 seconds before it ends the
  credential works, 1 second after it is refused. Time is moved on the target's clock,
  never waited for.

  # spec: 1.10, E15
  @documented @smoke @load @rule:flow
  Scenario: A customer logs out by expiring the MFA token
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer expires the MFA token
    Then the call succeeds

  # spec: 1.10 "ensures safety", E15, E13
  @documented @rule:expire-revokes
  Scenario Outline: An expired (logged-out) MFA token can no longer change the password (<path>)
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer expires the MFA token
    And the customer <change> from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

    Examples:
      | path                     | change                                                    |
      | mfa/password/change      | changes the MFA password                                  |
      | the password/change path | changes the MFA password through the password/change path |

  # spec: 1.10, E15 (the token is expired: it cannot be expired again)
  @documented @rule:expire-revokes
  Scenario: An expired MFA token cannot be expired again
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer expires the MFA token
    And the customer expires the MFA token
    Then the call fails

  # spec: §3 1531
  @inferred @rule:expire-revokes
  Scenario: An MFA token cannot be expired twice
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the customer expires the MFA token
    And the customer expires the MFA token
    Then the call fails with error code 1531

  # spec: E15 token (T2 from mfa/otp/validate or mfa/password/validate), 1.11 T2, #4, #17
  Scenario Outline: Logout needs the MFA token, not <token>
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the next call carries <token>
    And the customer expires the MFA token
    Then the call fails

    @documented @rule:credential
    Examples: the docs name T2 (S9)
      | token                 | why                                            |
      | the MFA session token | the VIEW token of mfa/token/generate (#17)     |

    @inferred @rule:credential
    Examples: the S7 example itself carries a non-T2 token (#4)
      | token                  | why                                              |
      | the first-factor token | #4: T1 is not the token of the MFA validations   |

  # spec: §4.1 MFA token 15 min, E4/E5 "valid 15 min by default"
  @documented @needs-clock @rule:token-lifetime
  Scenario: The MFA token still works shortly before its 15-minute lifetime ends
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the target's clock moves forward 14 minutes
    And the customer changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call succeeds

  # spec: §4.1 MFA token 15 min, E13, §3 1529
  @documented @needs-clock @rule:token-lifetime
  Scenario: The MFA token is refused after its 15-minute lifetime
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the target's clock moves forward 16 minutes
    And the customer changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

  # spec: §4.1 CONF_MFA_TOKEN_EXPIRY_IN_MINUTES (the token lives its configured minutes), E13, E15
  @documented @needs-clock @needs-brand-config @rule:token-lifetime
  Scenario Outline: The MFA token lives exactly its configured 5 minutes (<use>, <when>)
    Given a brand with:
      | key                              | value |
      | IS_MFA_PASSWORD_ENABLED          | true  |
      | CONF_MFA_TOKEN_EXPIRY_IN_MINUTES | 5     |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the target's clock moves forward <minutes> minutes and <seconds> seconds
    And the customer <call>
    Then the call <outcome>

    Examples:
      | use                      | when             | minutes | seconds | outcome  | call                                                                                                                        |
      | password change          | 5 s before the end | 4     | 55      | succeeds | changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"                                  |
      | password change          | 1 s after the end  | 5     | 1       | fails    | changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"                                  |
      | the password/change path | 1 s after the end  | 5     | 1       | fails    | changes the MFA password through the password/change path from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new" |
      | logout                   | 5 s before the end | 4     | 55      | succeeds | expires the MFA token                                                                                                       |
      | logout                   | 1 s after the end  | 5     | 1       | fails    | expires the MFA token                                                                                                       |

  # spec: §4.1 MFA session 15 min, E11, §3 1505
  @documented @needs-clock @rule:session-lifetime
  Scenario: The MFA session is refused after its 15-minute lifetime
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the target's clock moves forward 16 minutes
    And the customer validates the MFA password "Passw0rd!old"
    Then the call fails

  # The brand sets both MFA session keys of §4.1 to 5 minutes, whichever a server reads.
  # spec: §4.1 CONF_MFA_SESSION_EXPIRY_MINUTES / CONF_MFA_TOKEN_SESSION_EXPIRY_MINUTES, E9–E12 sessionId, #8
  @documented @needs-clock @needs-brand-config @rule:session-lifetime
  Scenario Outline: The MFA session lives exactly its configured 5 minutes (<use>, <when>)
    Given a brand with:
      | key                                   | value |
      | IS_MFA_PASSWORD_ENABLED               | true  |
      | CONF_MFA_SESSION_EXPIRY_MINUTES       | 5     |
      | CONF_MFA_TOKEN_SESSION_EXPIRY_MINUTES | 5     |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has requested an MFA OTP
    When the target's clock moves forward <minutes> minutes and <seconds> seconds
    And the customer <call>
    Then the call <outcome>

    Examples:
      | use                     | when               | minutes | seconds | outcome  | call                                          |
      | MFA OTP request         | 5 s before the end | 4       | 55      | succeeds | requests an MFA OTP                           |
      | MFA OTP request         | 1 s after the end  | 5       | 1       | fails    | requests an MFA OTP                           |
      | MFA OTP validation      | 5 s before the end | 4       | 55      | succeeds | submits the customer's own OTP as the MFA OTP |
      | MFA OTP validation      | 1 s after the end  | 5       | 1       | fails    | submits the customer's own OTP as the MFA OTP |
      | MFA password validation | 5 s before the end | 4       | 55      | succeeds | validates the MFA password "Passw0rd!old"     |
      | MFA password validation | 1 s after the end  | 5       | 1       | fails    | validates the MFA password "Passw0rd!old"     |

  # The reset's session is the new one taken after the OTP (#9); the brand sets both MFA session keys.
  # spec: §4.1 CONF_MFA_SESSION_EXPIRY_MINUTES / CONF_MFA_TOKEN_SESSION_EXPIRY_MINUTES, E12 sessionId
  @documented @needs-clock @needs-brand-config @rule:session-lifetime
  Scenario Outline: The session of a reset lives exactly its configured 5 minutes (<when>)
    Given a brand with:
      | key                                   | value |
      | IS_MFA_PASSWORD_ENABLED               | true  |
      | CONF_MFA_SESSION_EXPIRY_MINUTES       | 5     |
      | CONF_MFA_TOKEN_SESSION_EXPIRY_MINUTES | 5     |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    And the customer has an MFA session
    When the target's clock moves forward <minutes> minutes and <seconds> seconds
    And the customer resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call <outcome>

    Examples:
      | when               | minutes | seconds | outcome  |
      | 5 s before the end | 4       | 55      | succeeds |
      | 1 s after the end  | 5       | 1       | fails    |

  # spec: §4.1 CONF_TOKEN_SESSION_EXPIRY_MINUTES, E2, E3 sessionId, #8
  @documented @needs-clock @needs-brand-config @rule:session-lifetime
  Scenario Outline: The first-factor session lives exactly its configured 5 minutes (<use>, <when>)
    Given a brand with:
      | key                               | value |
      | IS_MFA_PASSWORD_ENABLED           | true  |
      | CONF_TOKEN_SESSION_EXPIRY_MINUTES | 5     |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has started the first factor on device "d1"
    And the customer has requested a first-factor OTP
    When the target's clock moves forward <minutes> minutes and <seconds> seconds
    And the customer <call>
    Then the call <outcome>

    Examples:
      | use            | when               | minutes | seconds | outcome  | call                                                   |
      | OTP request    | 5 s before the end | 4       | 55      | succeeds | requests a first-factor OTP                            |
      | OTP request    | 1 s after the end  | 5       | 1       | fails    | requests a first-factor OTP                            |
      | OTP validation | 5 s before the end | 4       | 55      | succeeds | submits the customer's own OTP as the first-factor OTP |
      | OTP validation | 1 s after the end  | 5       | 1       | fails    | submits the customer's own OTP as the first-factor OTP |

  # spec: §4.1, #8, E10
  @documented @needs-clock @rule:session-lifetime
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

    @rule:token-lifetime
    Examples: the MFA token
      | credential  | use                 | action                                                                                     | code |
      | MFA token   | password change     | changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new" | 1529 |
      | MFA token   | logout              | expires the MFA token                                                                      | 1529 |

    @rule:session-lifetime
    Examples: the MFA session
      | credential  | use                 | action                                    | code |
      | MFA session | password validation | validates the MFA password "Passw0rd!old" | 1505 |

  # spec: §4.1 Key, #11, E14
  @documented @needs-clock @rule:key-lifetime
  Scenario: Without key expiry the MFA key still regenerates hours later
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the target's clock moves forward 180 minutes
    And the customer regenerates the MFA token
    Then the call succeeds
    And the response carries a token

  # spec: 1.9 Key validity, §4.1 CONF_ENABLE_EXPIRY_BASED_KEY, CONF_KEY_EXPIRY_MFA_IN_MINUTES / CONF_KEY_EXPIRY_IN_MINUTES, #11, 1597 (S14)
  @documented @needs-clock @needs-brand-config @rule:key-lifetime
  Scenario Outline: With key expiry on, a key lives exactly its configured 5 minutes (<use>, <when>)
    Given a brand with:
      | key                            | value |
      | IS_MFA_PASSWORD_ENABLED        | true  |
      | CONF_ENABLE_EXPIRY_BASED_KEY   | true  |
      | CONF_KEY_EXPIRY_MFA_IN_MINUTES | 5     |
      | CONF_KEY_EXPIRY_IN_MINUTES     | 5     |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the target's clock moves forward <minutes> minutes and <seconds> seconds
    And the customer <call>
    Then the call <outcome>

    Examples:
      | use                             | when               | minutes | seconds | outcome                    | call                               |
      | MFA token regeneration          | 5 s before the end | 4       | 55      | succeeds                   | regenerates the MFA token          |
      | MFA token regeneration          | 1 s after the end  | 5       | 1       | fails with error code 1597 | regenerates the MFA token          |
      | first-factor token regeneration | 5 s before the end | 4       | 55      | succeeds                   | regenerates the first-factor token |
      | first-factor token regeneration | 1 s after the end  | 5       | 1       | fails with error code 1597 | regenerates the first-factor token |
