@needs-fresh-customer @needs-otp
Feature: MFA password, forgot password
  A customer who forgot the MFA password proves the MFA OTP, takes a new MFA
  session and sets a new password (spec 1.7). The documentation states the OTP
  requirement and its switch; the exact sequence is our reading (#9). Every refused
  reset leaves the old password working.

  # spec: 1.7, E12, #9
  @inferred @smoke @load @rule:change-takes-effect
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
  @documented @rule:forget-needs-otp
  Scenario: By default the password cannot be reset without proving the MFA OTP
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

  # spec: 1.7, S17, S18 (a reset needs OTP generation and validation): an OTP that was only requested is not proof
  @documented @rule:forget-needs-otp
  Scenario: An MFA OTP that was requested but not validated does not allow a reset
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has requested an MFA OTP
    When the customer requests an MFA session
    And the customer resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

  # spec: 1.7, S17, S18 (a reset needs the OTP validated): a refused OTP is not proof
  @documented @rule:forget-needs-otp
  Scenario: A wrong MFA OTP does not allow a reset
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has requested an MFA OTP
    When the customer submits a wrong OTP as the MFA OTP
    And the customer requests an MFA session
    And the customer resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

  # spec: 1.7, S17, S18, §1 identity fields: the OTP must be this customer's
  @documented @rule:forget-needs-otp
  Scenario: Another customer's validated MFA OTP does not allow a reset
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And another returning MFA customer with password "Passw0rd!other"
    And the other customer has validated an MFA OTP on device "d1"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the customer resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

  # spec: 1.7, E12, S6, S17 CONF_SKIP_OTP_VALIDATE_RESET
  @documented @needs-brand-config @rule:forget-needs-otp @rule:change-takes-effect @rule:flow
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
    And the customer cannot complete MFA with the password "Passw0rd!old"

  # spec: E12 confirmPassword ("repeats the new password"), S19 1521; code not asserted (our mapping)
  @documented @rule:confirm-password
  Scenario Outline: The new password must be repeated exactly (<why>)
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    When the customer requests an MFA session
    And the customer resets the MFA password to "Passw0rd!new" confirmed as <confirmation>
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

    Examples:
      | confirmation                   | why                       |
      | "Passw0rd!diff"                | another password          |
      | "Passw0rd!new" in another case | the same, in another case |

  # spec: E12 confirmPassword, §3 1521
  @inferred @rule:confirm-password
  Scenario: A reset whose new password is not repeated answers 1521
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    When the customer requests an MFA session
    And the customer resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!diff"
    Then the call fails with error code 1521

  # spec: E12, §4.2 Password rules MFA ("must match MFA_PASSWORD_REGEX", S17); code not asserted (1542 is our mapping)
  @documented @needs-brand-config @rule:password-regex
  Scenario: A new password that does not match MFA_PASSWORD_REGEX is refused and the old one keeps working
    Given a brand with:
      | key                     | value                |
      | IS_MFA_PASSWORD_ENABLED | true                 |
      | MFA_PASSWORD_REGEX      | ^(?=.*[0-9]).{8,64}$ |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    When the customer requests an MFA session
    And the customer resets the MFA password to "NoDigitsAtAll!" confirmed as "NoDigitsAtAll!"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

  # spec: E12, §4.2 Password rules MFA, §3 1542
  @inferred @needs-brand-config @rule:password-regex
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

  # The brand skips the OTP for resets, so nothing but the session decides the answer.
  # spec: E12 sessionId (S6: the session from mfa/token/generate), 1.11 M
  @documented @needs-brand-config @rule:credential
  Scenario: The password cannot be reset on a first-factor session
    Given a brand with:
      | key                          | value |
      | IS_MFA_PASSWORD_ENABLED      | true  |
      | CONF_SKIP_OTP_VALIDATE_RESET | true  |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has started the first factor on device "d1"
    When the next call carries the first-factor session
    And the customer resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

  # With MFA passwords off, MFA runs on the OTP alone (1.6); turning them back on shows the old password intact.
  # spec: §4.4 IS_MFA_PASSWORD_ENABLED ("Enables the MFA password flow", S17); code not asserted (1524 is our mapping)
  @documented @needs-brand-config @rule:mfa-password-enabled
  Scenario: No MFA password is reset while MFA passwords are disabled
    Given a brand with:
      | key                     | value |
      | IS_MFA_PASSWORD_ENABLED | false |
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    When the customer requests an MFA session
    And the customer resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    When the brand's configuration changes to:
      | key                     | value |
      | IS_MFA_PASSWORD_ENABLED | true  |
    Then the customer can complete MFA with the password "Passw0rd!old"

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
