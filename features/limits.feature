@needs-fresh-customer @needs-otp
Feature: Attempt limits, account locking and the OTP generation limit
  The documented limits of spec §4.2, each at its boundary on a brand configured with
  small values: one wrong attempt fewer than the limit still lets the right one through,
  the limit itself locks the session (and nothing else quietly unlocks it), account
  locking outlasts the session for exactly its lock period, and OTP generation stops at
  otpMaxCount per mobile number until the window has passed. The error codes are our
  mapping and are asserted by @inferred companions.

  # spec: §4.2 MFA password attempts (default 5), S17 "locked for that particular session"
  @documented @rule:attempt-limit
  Scenario: After the default 5 wrong passwords the session refuses even the right one
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer validates the MFA password "Wr0ng!guess" 5 times
    Then each of those calls fails
    When the customer validates the MFA password "Passw0rd!old"
    Then the call fails

  # spec: §4.2 CONF_MFA_MAX_PASSWORD_RETRY_COUNT, S17 "locked for that particular session"
  @documented @needs-brand-config @rule:attempt-limit
  Scenario Outline: The configured password limit of 3 locks the session exactly at 3 (<wrong> wrong)
    Given a brand with:
      | key                               | value |
      | IS_MFA_PASSWORD_ENABLED           | true  |
      | CONF_MFA_MAX_PASSWORD_RETRY_COUNT | 3     |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer validates the MFA password "Wr0ng!guess" <wrong> times
    Then each of those calls fails
    When the customer validates the MFA password "Passw0rd!old"
    Then the call <outcome>

    Examples:
      | wrong | outcome  | why                                 |
      | 2     | succeeds | one wrong attempt fewer than the limit |
      | 3     | fails    | the limit                           |

  # spec: §4.2 CONF_MFA_MAX_PASSWORD_RETRY_COUNT, §3 1530
  @inferred @needs-brand-config @rule:attempt-limit
  Scenario: Beyond the configured password limit the session answers 1530
    Given a brand with:
      | key                               | value |
      | IS_MFA_PASSWORD_ENABLED           | true  |
      | CONF_MFA_MAX_PASSWORD_RETRY_COUNT | 3     |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer validates the MFA password "Wr0ng!guess" 3 times
    And the customer validates the MFA password "Passw0rd!old"
    Then the call fails with error code 1530

  # spec: §4.2 MFA OTP attempts (default 5), S17
  @documented @rule:attempt-limit
  Scenario: After the default 5 wrong MFA OTPs the session refuses even the right one
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has requested an MFA OTP
    When the customer submits a wrong OTP as the MFA OTP 5 times
    Then each of those calls fails
    When the customer submits the customer's own OTP as the MFA OTP
    Then the call fails

  # spec: §4.2 CONF_MFA_MAX_OTP_RETRY_COUNT, S17
  @documented @needs-brand-config @rule:attempt-limit
  Scenario Outline: The configured MFA OTP limit of 3 locks the session exactly at 3 (<wrong> wrong)
    Given a brand with:
      | key                          | value |
      | IS_MFA_PASSWORD_ENABLED      | true  |
      | CONF_MFA_MAX_OTP_RETRY_COUNT | 3     |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has requested an MFA OTP
    When the customer submits a wrong OTP as the MFA OTP <wrong> times
    Then each of those calls fails
    When the customer submits the customer's own OTP as the MFA OTP
    Then the call <outcome>

    Examples:
      | wrong | outcome  | why                                    |
      | 2     | succeeds | one wrong attempt fewer than the limit |
      | 3     | fails    | the limit                              |

  # The new OTP request may be refused or answered; either way the locked session stays locked.
  # spec: §4.2 CONF_MFA_MAX_OTP_RETRY_COUNT, S17 "the account gets locked for that particular session"
  @documented @needs-brand-config @rule:attempt-limit
  Scenario: A new MFA OTP does not unlock a session the OTP limit locked
    Given a brand with:
      | key                          | value |
      | IS_MFA_PASSWORD_ENABLED      | true  |
      | CONF_MFA_MAX_OTP_RETRY_COUNT | 3     |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has requested an MFA OTP
    When the customer submits a wrong OTP as the MFA OTP 3 times
    Then each of those calls fails
    When the customer requests an MFA OTP
    And the customer submits the customer's own OTP as the MFA OTP
    Then the call fails

  # spec: §4.2 CONF_MFA_MAX_OTP_RETRY_COUNT, §3 1518
  @inferred @needs-brand-config @rule:attempt-limit
  Scenario: Beyond the configured MFA OTP limit the session answers 1518
    Given a brand with:
      | key                          | value |
      | IS_MFA_PASSWORD_ENABLED      | true  |
      | CONF_MFA_MAX_OTP_RETRY_COUNT | 3     |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has requested an MFA OTP
    When the customer submits a wrong OTP as the MFA OTP 3 times
    And the customer submits the customer's own OTP as the MFA OTP
    Then the call fails with error code 1518

  # spec: §4.2 CONF_MAX_OTP_RETRY_COUNT (primary OTP attempts, default 5), E3 "maximum retries ... configurable" (S12, S17)
  @documented @needs-brand-config @rule:attempt-limit
  Scenario Outline: The configured first-factor OTP limit of 3 locks the session exactly at 3 (<wrong> wrong)
    Given a brand with:
      | key                      | value |
      | IS_MFA_PASSWORD_ENABLED  | true  |
      | CONF_MAX_OTP_RETRY_COUNT | 3     |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has started the first factor on device "d1"
    And the customer has requested a first-factor OTP
    When the customer submits a wrong OTP as the first-factor OTP <wrong> times
    Then each of those calls fails
    When the customer submits the customer's own OTP as the first-factor OTP
    Then the call <outcome>

    Examples:
      | wrong | outcome  | why                                    |
      | 2     | succeeds | one wrong attempt fewer than the limit |
      | 3     | fails    | the limit                              |

  # spec: §4.2 CONF_ENABLE_ACCOUNT_LOCKING_MFA, CONF_MFA_LOCK_PERIOD_IN_MINUTES ("locked ... recommended to stop new sessions", S17)
  @documented @needs-brand-config @needs-clock @rule:account-lock
  Scenario: With MFA account locking, wrong passwords lock the account for exactly the configured 10 minutes
    Given a brand with:
      | key                               | value |
      | IS_MFA_PASSWORD_ENABLED           | true  |
      | CONF_MFA_MAX_PASSWORD_RETRY_COUNT | 3     |
      | CONF_ENABLE_ACCOUNT_LOCKING_MFA   | true  |
      | CONF_MFA_LOCK_PERIOD_IN_MINUTES   | 10    |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer validates the MFA password "Wr0ng!guess" 3 times
    Then the customer cannot complete MFA with the password "Passw0rd!old"
    When the target's clock moves forward 9 minutes and 55 seconds
    Then the customer cannot complete MFA with the password "Passw0rd!old"
    When the target's clock moves forward 6 seconds
    Then the customer can complete MFA with the password "Passw0rd!old"

  # spec: §4.2 CONF_ENABLE_ACCOUNT_LOCKING_MFA, CONF_MFA_LOCK_PERIOD_IN_MINUTES, CONF_MFA_MAX_OTP_RETRY_COUNT (S17)
  @documented @needs-brand-config @needs-clock @rule:account-lock
  Scenario: With MFA account locking, wrong MFA OTPs lock the account for exactly the configured 10 minutes
    Given a brand with:
      | key                             | value |
      | IS_MFA_PASSWORD_ENABLED         | true  |
      | CONF_MFA_MAX_OTP_RETRY_COUNT    | 3     |
      | CONF_ENABLE_ACCOUNT_LOCKING_MFA | true  |
      | CONF_MFA_LOCK_PERIOD_IN_MINUTES | 10    |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has requested an MFA OTP
    When the customer submits a wrong OTP as the MFA OTP 3 times
    Then each of those calls fails
    When the target's clock moves forward 9 minutes and 55 seconds
    And the customer requests an MFA session
    And the customer requests an MFA OTP
    And the customer submits the customer's own OTP as the MFA OTP
    Then the call fails
    When the target's clock moves forward 6 seconds
    And the customer requests an MFA session
    And the customer requests an MFA OTP
    And the customer submits the customer's own OTP as the MFA OTP
    Then the call succeeds

  # spec: §4.2 CONF_ENABLE_ACCOUNT_LOCKING, CONF_LOCK_PERIOD_IN_MINUTES, CONF_MAX_OTP_RETRY_COUNT (S17)
  @documented @needs-brand-config @needs-clock @rule:account-lock
  Scenario: With account locking, wrong first-factor OTPs lock the account for exactly the configured 10 minutes
    Given a brand with:
      | key                         | value |
      | IS_MFA_PASSWORD_ENABLED     | true  |
      | CONF_MAX_OTP_RETRY_COUNT    | 3     |
      | CONF_ENABLE_ACCOUNT_LOCKING | true  |
      | CONF_LOCK_PERIOD_IN_MINUTES | 10    |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has started the first factor on device "d1"
    And the customer has requested a first-factor OTP
    When the customer submits a wrong OTP as the first-factor OTP 3 times
    Then each of those calls fails
    And the customer cannot complete the first factor
    When the target's clock moves forward 9 minutes and 55 seconds
    Then the customer cannot complete the first factor
    When the target's clock moves forward 6 seconds
    Then the customer can complete the first factor

  # Whether the first-factor OTP counts towards otpMaxCount is not documented, so with 3 allowed
  # and one first-factor OTP, 2 MFA OTPs pass under either reading and the 4th is refused under both.
  # spec: E9 rate limit (otpMaxCount per mobile number within otpTimeOut, S3), §4.2, #22
  @documented @needs-brand-config @rule:otp-generation-limit
  Scenario: MFA OTP generation stops at otpMaxCount per mobile number, whatever the session
    Given a brand with:
      | key                     | value |
      | IS_MFA_PASSWORD_ENABLED | true  |
      | otpMaxCount             | 3     |
      | otpTimeOut              | 10    |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer requests an MFA OTP 2 times
    Then each of those calls succeeds
    When the customer requests an MFA OTP 2 times
    Then the call fails
    When the customer requests an MFA session
    And the customer requests an MFA OTP
    Then the call fails

  # spec: E9 "generation stays blocked until the window resets" (S3), §4.2, #22
  @documented @needs-brand-config @needs-clock @rule:otp-generation-limit
  Scenario: MFA OTP generation resumes exactly when the otpTimeOut window has passed
    Given a brand with:
      | key                     | value |
      | IS_MFA_PASSWORD_ENABLED | true  |
      | otpMaxCount             | 3     |
      | otpTimeOut              | 10    |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer requests an MFA OTP 4 times
    Then the call fails
    When the target's clock moves forward 9 minutes and 55 seconds
    And the customer requests an MFA OTP
    Then the call fails
    When the target's clock moves forward 6 seconds
    And the customer requests an MFA OTP
    Then the call succeeds

  # spec: E2 rate limit (otpMaxCount per mobile number within otpTimeOut, S11), §4.2
  @documented @needs-brand-config @rule:otp-generation-limit
  Scenario: First-factor OTP generation stops at otpMaxCount for this mobile number only
    Given a brand with:
      | key                     | value |
      | IS_MFA_PASSWORD_ENABLED | true  |
      | otpMaxCount             | 2     |
      | otpTimeOut              | 10    |
    And a returning MFA customer with password "Passw0rd!old"
    And another returning MFA customer with password "Passw0rd!other"
    And the customer has started the first factor on device "d1"
    When the customer requests a first-factor OTP 2 times
    Then each of those calls succeeds
    When the customer requests a first-factor OTP
    Then the call fails
    When the customer starts the first factor on device "d1"
    And the customer requests a first-factor OTP
    Then the call fails
    And the other customer can complete the first factor on device "d1"

  # spec: E2 "unlimited once the window resets" (otpTimeOut, S11), §4.2
  @documented @needs-brand-config @needs-clock @rule:otp-generation-limit
  Scenario: First-factor OTP generation resumes exactly when the otpTimeOut window has passed
    Given a brand with:
      | key                     | value |
      | IS_MFA_PASSWORD_ENABLED | true  |
      | otpMaxCount             | 2     |
      | otpTimeOut              | 10    |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has started the first factor on device "d1"
    When the customer requests a first-factor OTP 3 times
    Then the call fails
    When the target's clock moves forward 9 minutes and 55 seconds
    And the customer requests a first-factor OTP
    Then the call fails
    When the target's clock moves forward 6 seconds
    And the customer requests a first-factor OTP
    Then the call succeeds

  # spec: #22, §3 1534
  @inferred @needs-brand-config @rule:otp-generation-limit
  Scenario: Exceeding otpMaxCount answers 1534
    Given a brand with:
      | key                     | value |
      | IS_MFA_PASSWORD_ENABLED | true  |
      | otpMaxCount             | 2     |
      | otpTimeOut              | 60    |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer requests an MFA OTP 3 times
    Then the call fails with error code 1534
