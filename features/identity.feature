@needs-fresh-customer @needs-otp
Feature: Identity fields on every call
  Every call of a flow repeats the identity fields of the session, token or key it uses:
  identifierType and identifierValue, deviceId and brand (spec §1 "the same values on every
  call in a flow", S5, S6, S7, S19). A call that names another device, another customer's
  identifier or another brand is refused, and the customer's password is unchanged. The
  device rule's code 1508 is documented (§0.1); 1507, 1541 and 1509 are our mapping and
  are asserted by @inferred companions.

  Background: a customer holding every credential of the flow at once
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    And the customer has completed MFA with their password
    And the customer has an MFA session
    And the customer has requested an MFA OTP
    And the customer has started the first factor on device "d1"
    And the customer has requested a first-factor OTP

  # spec: §0.1 deviceId (S19 1508), §1 identity fields, E2, E3, E5, E8–E15 deviceId
  @documented @rule:device
  Scenario Outline: Another device is refused on <use>
    When the next call is made from device "other-device"
    And the customer <call>
    Then the call fails with error code 1508
    And the customer can complete MFA with the password "Passw0rd!old"

    Examples:
      | use                                 | call                                                                                                                     |
      | the first-factor OTP request        | requests a first-factor OTP                                                                                              |
      | the first-factor OTP validation     | submits the customer's own OTP as the first-factor OTP                                                                   |
      | the first-factor token regeneration | regenerates the first-factor token                                                                                       |
      | the MFA session request             | requests an MFA session                                                                                                  |
      | the MFA OTP request                 | requests an MFA OTP                                                                                                      |
      | the MFA OTP validation              | submits the customer's own OTP as the MFA OTP                                                                            |
      | the MFA password validation         | validates the MFA password "Passw0rd!old"                                                                                |
      | the MFA password reset              | resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"                                                    |
      | the MFA password change             | changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"                               |
      | the password/change path            | changes the MFA password through the password/change path from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new" |
      | the MFA token regeneration          | regenerates the MFA token                                                                                                |
      | logout                              | expires the MFA token                                                                                                    |

  # spec: §1 identity fields ("the same values on every call in a flow", S19 1507 1541); code not asserted (our mapping)
  @documented @rule:identifier
  Scenario Outline: Another customer's identifier is refused on <use>
    Given another returning MFA customer with password "Passw0rd!other"
    When the next call names the other customer's identifier
    And the customer <call>
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

    Examples:
      | use                                 | call                                                                                                                     |
      | the first-factor OTP request        | requests a first-factor OTP                                                                                              |
      | the first-factor OTP validation     | submits the customer's own OTP as the first-factor OTP                                                                   |
      | the first-factor token regeneration | regenerates the first-factor token                                                                                       |
      | the MFA session request             | requests an MFA session                                                                                                  |
      | the MFA OTP request                 | requests an MFA OTP                                                                                                      |
      | the MFA OTP validation              | submits the customer's own OTP as the MFA OTP                                                                            |
      | the MFA password validation         | validates the MFA password "Passw0rd!old"                                                                                |
      | the MFA password reset              | resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"                                                    |
      | the MFA password change             | changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"                               |
      | the password/change path            | changes the MFA password through the password/change path from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new" |
      | the MFA token regeneration          | regenerates the MFA token                                                                                                |
      | logout                              | expires the MFA token                                                                                                    |

  # The same identifierValue under another identifierType is another identifier: a server comparing only the value accepts it.
  # spec: §1 identity fields (identifierType and identifierValue, S19 1507 1541); code not asserted (our mapping)
  @documented @rule:identifier
  Scenario Outline: Another identifierType for the same value is refused on <use>
    When the next call sends the field "identifierType" as "EMAIL"
    And the customer <call>
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

    Examples:
      | use                                 | call                                                                                                                     |
      | the first-factor OTP request        | requests a first-factor OTP                                                                                              |
      | the first-factor OTP validation     | submits the customer's own OTP as the first-factor OTP                                                                   |
      | the first-factor token regeneration | regenerates the first-factor token                                                                                       |
      | the MFA session request             | requests an MFA session                                                                                                  |
      | the MFA OTP request                 | requests an MFA OTP                                                                                                      |
      | the MFA OTP validation              | submits the customer's own OTP as the MFA OTP                                                                            |
      | the MFA password validation         | validates the MFA password "Passw0rd!old"                                                                                |
      | the MFA password reset              | resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"                                                    |
      | the MFA password change             | changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"                               |
      | the password/change path            | changes the MFA password through the password/change path from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new" |
      | the MFA token regeneration          | regenerates the MFA token                                                                                                |
      | logout                              | expires the MFA token                                                                                                    |

  # The customer also has an account with the same identifier on the second brand, so a
  # server that ignores the brand of the session finds a customer there instead of refusing.
  # spec: §1 identity fields ("the same values on every call in a flow", S19 1509); code not asserted (our mapping)
  @documented @rule:brand @needs-brand-config
  Scenario Outline: Another brand is refused on <use>
    Given a second brand with the default MFA password configuration
    And the customer also has an account on the second brand with password "Passw0rd!two"
    When the next call names the second brand
    And the customer <call>
    Then the call fails
    And the customer can complete MFA with the password "Passw0rd!old"

    Examples:
      | use                                 | call                                                                                                                     |
      | the first-factor OTP request        | requests a first-factor OTP                                                                                              |
      | the first-factor OTP validation     | submits the customer's own OTP as the first-factor OTP                                                                   |
      | the first-factor token regeneration | regenerates the first-factor token                                                                                       |
      | the MFA session request             | requests an MFA session                                                                                                  |
      | the MFA OTP request                 | requests an MFA OTP                                                                                                      |
      | the MFA OTP validation              | submits the customer's own OTP as the MFA OTP                                                                            |
      | the MFA password validation         | validates the MFA password "Passw0rd!old"                                                                                |
      | the MFA password reset              | resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"                                                    |
      | the MFA password change             | changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"                               |
      | the password/change path            | changes the MFA password through the password/change path from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new" |
      | the MFA token regeneration          | regenerates the MFA token                                                                                                |
      | logout                              | expires the MFA token                                                                                                    |

  # spec: §3 1507 1541 ("When" column is our mapping), §1 identity fields
  @inferred @rule:identifier
  Scenario Outline: Another customer's identifier is refused with our mapped code on <use>
    Given another returning MFA customer with password "Passw0rd!other"
    When the next call names the other customer's identifier
    And the customer <call>
    Then the call fails with error code 1507 or 1541

    Examples:
      | use                             | call                                                                                       |
      | the first-factor OTP validation | submits the customer's own OTP as the first-factor OTP                                     |
      | the MFA password validation     | validates the MFA password "Passw0rd!old"                                                  |
      | the MFA password change         | changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new" |
      | the MFA token regeneration      | regenerates the MFA token                                                                  |

  # spec: §3 1509 ("When" column is our mapping), §1 identity fields
  @inferred @rule:brand @needs-brand-config
  Scenario Outline: Another brand is refused with our mapped code on <use>
    Given a second brand with the default MFA password configuration
    And the customer also has an account on the second brand with password "Passw0rd!two"
    When the next call names the second brand
    And the customer <call>
    Then the call fails with error code 1509

    Examples:
      | use                             | call                                                                                       |
      | the first-factor OTP validation | submits the customer's own OTP as the first-factor OTP                                     |
      | the MFA password validation     | validates the MFA password "Passw0rd!old"                                                  |
      | the MFA password change         | changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new" |
      | the MFA token regeneration      | regenerates the MFA token                                                                  |
