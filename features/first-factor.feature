@needs-fresh-customer
Feature: First factor (prerequisite of MFA)
  The MFA flow starts from a first-factor token (T1). These scenarios check the
  documented mobile OTP flow of spec 1.1 only as far as MFA depends on it:
  session, OTP, token and key, and the rules that guard them. The identity rules of
  these calls are in identity.feature, their limits in limits.feature and their
  lifetimes in token-expiry.feature.

  Background:
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"

  # spec: 1.1, E1, E2, E3
  @documented @needs-otp @smoke @load @rule:flow
  Scenario: A customer completes the first factor with an OTP
    When the customer starts the first factor on device "d1"
    Then the call succeeds
    And the response carries a session
    When the customer requests a first-factor OTP
    Then the call succeeds
    When the customer submits the customer's own OTP as the first-factor OTP
    Then the call succeeds
    And the response carries a token and a key

  # spec: 1.1, E2 (S11: the OTP is requested on the session of token/generate)
  @documented @needs-otp @rule:flow
  Scenario: The first-factor OTP is requested on the session of token/generate
    Given the customer has started the first factor on device "d1"
    When the customer requests a first-factor OTP
    Then the call succeeds

  # spec: 1.1, E3 (S12: T1 and, on mobile, K1)
  @documented @needs-otp @rule:flow
  Scenario: The first-factor OTP issued for the session is accepted
    Given the customer has started the first factor on device "d1"
    And the customer has requested a first-factor OTP
    When the customer submits the customer's own OTP as the first-factor OTP
    Then the call succeeds
    And the response carries a token and a key

  # spec: E1, §3 1504, #13
  @documented
  Scenario: The first factor is refused for a brand that does not exist
    When the next call names brand "NO-SUCH-BRAND-7f3c"
    And the customer starts the first factor on device "d1"
    Then the call fails with error code 1504

  # A refused OTP leaves the issued one usable (one wrong try is far inside the attempt limit).
  # spec: E3, §0.1 otp, §3 1506 (code not asserted: our mapping)
  @documented @needs-otp @rule:otp-correct
  Scenario Outline: Only the first-factor OTP issued is accepted (<why>)
    Given the customer has started the first factor on device "d1"
    And the customer has requested a first-factor OTP
    When the customer submits <otp> as the first-factor OTP
    Then the call fails
    When the customer submits the customer's own OTP as the first-factor OTP
    Then the call succeeds

    Examples:
      | otp                                           | why                                   |
      | a wrong OTP                                   | another OTP of the same length        |
      | the customer's own OTP without its last digit | a shorter string with the same prefix |
      | the customer's own OTP with an extra digit    | a longer string with the same prefix  |

  # spec: §0.1 otp (a One-Time Password: never accepted again, on that session or any other), E3
  @documented @needs-otp @rule:otp-single-use
  Scenario: A validated first-factor OTP is not accepted again on its session
    Given the customer has completed the first factor on device "d1"
    When the customer submits the previous OTP as the first-factor OTP
    Then the call fails

  # spec: §0.1 otp (never accepted again, on that session or any other), E3
  @documented @needs-otp @rule:otp-single-use
  Scenario: A validated first-factor OTP is not accepted on a new session
    Given the customer has completed the first factor on device "d1"
    And the customer has started the first factor on device "d1"
    And the customer has requested a first-factor OTP
    When the customer submits the previous OTP as the first-factor OTP
    Then the call fails

  # spec: §0.1 otp (issued for one session), E2/E3 sessionId
  @documented @needs-otp @rule:otp-own-session
  Scenario: A first-factor OTP is accepted only on the session it was issued for
    Given the customer has started the first factor on device "d1"
    And the customer has requested a first-factor OTP
    And the customer has started the first factor on device "d1"
    And the customer has requested a first-factor OTP
    When the customer submits the OTP of the earlier session as the first-factor OTP
    Then the call fails

  # spec: E2 sessionId (S from token/generate, 1.11)
  @documented @needs-otp @rule:credential
  Scenario: A first-factor OTP cannot be requested on an MFA session
    Given the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the next call carries the MFA session
    And the customer requests a first-factor OTP
    Then the call fails

  # spec: E3 sessionId (S from token/generate, 1.11), §3 1505
  @documented @needs-otp @rule:credential
  Scenario: The first-factor OTP is refused on a session that was never issued
    Given the customer has started the first factor on device "d1"
    And the customer has requested a first-factor OTP
    When the next call carries a session that was never issued
    And the customer submits the customer's own OTP as the first-factor OTP
    Then the call fails
    When the customer submits the customer's own OTP as the first-factor OTP
    Then the call succeeds

  # spec: §4.4 CONF_REGENERATE_TOKEN (default true: "Issue a key after primary validation", S17), E3 auth.key
  @documented @needs-otp @needs-brand-config @rule:key-issued
  Scenario Outline: The first-factor OTP validation issues a key unless CONF_REGENERATE_TOKEN is off (<flag>)
    Given a brand with:
      | key                     | value  |
      | IS_MFA_PASSWORD_ENABLED | true   |
      | CONF_REGENERATE_TOKEN   | <flag> |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has started the first factor on device "d1"
    And the customer has requested a first-factor OTP
    When the customer submits the customer's own OTP as the first-factor OTP
    Then the call succeeds
    And the response carries a token
    And the response <key>

    Examples:
      | flag  | key                       |
      | true  | carries a token and a key |
      | false | has no key                |

  # spec: §4.2 OTP length (CONF_OTP_LENGTH, default 6, S17), E2
  @documented @needs-otp @needs-brand-config @rule:otp-length
  Scenario Outline: A first-factor OTP has CONF_OTP_LENGTH digits (<length>)
    Given a brand with:
      | key                     | value    |
      | IS_MFA_PASSWORD_ENABLED | true     |
      | CONF_OTP_LENGTH         | <length> |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has started the first factor on device "d1"
    When the customer requests a first-factor OTP
    Then the call succeeds
    And the first-factor OTP issued has <length> digits

    Examples:
      | length |
      | 6      |
      | 8      |

  # spec: E8 authorizedToken (T1 from otp/validate), 1.4 step 1, 1.11 T1
  @documented @needs-otp @rule:credential
  Scenario Outline: MFA starts only from the first-factor token, not <credential>
    Given the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the next call carries <credential>
    And the customer requests an MFA session
    Then the call fails

    Examples:
      | credential                     | why                                           |
      | the first-factor session token | the VIEW token of token/generate              |
      | the first-factor key           | K1 is a key for token/regenerate, not a token |
      | the MFA session token          | the VIEW token of mfa/token/generate          |

  # spec: E8, 1.11 T1, #10, §3 1529
  @inferred @needs-otp @needs-clock @rule:token-lifetime
  Scenario: A first-factor token far beyond any documented lifetime cannot start MFA
    Given the customer has completed the first factor on device "d1"
    When the target's clock moves forward 240 minutes
    And the customer requests an MFA session
    Then the call fails with error code 1529

  # spec: 1.9, E5 (S14: key K1 from otp/validate or password/validate), #25
  @documented @needs-otp @rule:flow
  Scenario: The first-factor key regenerates the first-factor token
    Given the customer has completed the first factor on device "d1"
    When the customer regenerates the first-factor token
    Then the call succeeds
    And the response carries a token

  # spec: E5 key (K1), 1.11 K1
  @documented @needs-otp @rule:credential
  Scenario: The first-factor token cannot stand in for the first-factor key
    Given the customer has completed the first factor on device "d1"
    When the next call carries the first-factor token
    And the customer regenerates the first-factor token
    Then the call fails
