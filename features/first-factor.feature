@needs-fresh-customer
Feature: First factor (prerequisite of MFA)
  The MFA flow starts from a first-factor token (T1). These scenarios check the
  documented mobile OTP flow of spec 1.1 only as far as MFA depends on it:
  session, OTP, token and key, and the identity rules that guard them.

  Background:
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"

  # spec: 1.1, E1, E2, E3
  @documented @needs-otp @smoke @load
  Scenario: A customer completes the first factor with an OTP
    When the customer starts the first factor on device "d1"
    Then the call succeeds
    And the response carries a session
    When the customer requests a first-factor OTP
    Then the call succeeds
    When the customer submits the customer's own OTP as the first-factor OTP
    Then the call succeeds
    And the response carries a token and a key

  # spec: E1, §3 1504, #13
  @documented
  Scenario: The first factor is refused for a brand that does not exist
    When the next call names brand "NO-SUCH-BRAND-7f3c"
    And the customer starts the first factor on device "d1"
    Then the call fails with error code 1504

  # spec: E3, §0.1 deviceId, §3 1508
  @documented @needs-otp
  Scenario: The first-factor OTP is refused from a device other than the session's
    Given the customer has started the first factor on device "d1"
    And the customer has requested a first-factor OTP
    When the next call is made from device "other-device"
    And the customer submits the customer's own OTP as the first-factor OTP
    Then the call fails with error code 1508

  # spec: E3, §3 1506
  @documented @needs-otp
  Scenario: A wrong first-factor OTP is refused
    Given the customer has started the first factor on device "d1"
    And the customer has requested a first-factor OTP
    When the customer submits a wrong OTP as the first-factor OTP
    Then the call fails

  # spec: E8 prerequisites, 1.4 step 1, 1.11 T1
  @documented
  Scenario: The session token of an unfinished first factor cannot start MFA
    Given the customer has started the first factor on device "d1"
    When the next call carries the first-factor session token
    And the customer requests an MFA session
    Then the call fails

  # spec: E8, 1.11 T1, #10, §3 1529
  @inferred @needs-otp @needs-clock
  Scenario: A first-factor token far beyond any documented lifetime cannot start MFA
    Given the customer has completed the first factor on device "d1"
    When the target's clock moves forward 240 minutes
    And the customer requests an MFA session
    Then the call fails with error code 1529
