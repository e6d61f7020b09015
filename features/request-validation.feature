@needs-fresh-customer
Feature: Request validation
  Every mandatory request field of every endpoint the MFA flow uses (the "Y" rows of
  spec section 2), sent missing and then empty, with everything else valid: the call
  fails. The code (1519, our mapping) is not asserted. Also: invalid identifierType,
  unknown brand and malformed JSON.

  # spec: E1 request table
  @documented @rule:mandatory-fields
  Scenario Outline: Starting the first factor refuses a request whose <field> is missing or empty
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    When the next call has the field "<field>" missing
    And the customer starts the first factor on device "d1"
    Then the call fails
    When the next call has the field "<field>" empty
    And the customer starts the first factor on device "d1"
    Then the call fails

    Examples:
      | field           | why                          |
      | identifierType  | names the kind of identifier |
      | identifierValue | names the customer           |
      | deviceId        | binds the call to the device |
      | brand           | names the brand (org)        |

  # spec: E2 request table
  @documented @rule:mandatory-fields
  Scenario Outline: Requesting a first-factor OTP refuses a request whose <field> is missing or empty
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has started the first factor on device "d1"
    When the next call has the field "<field>" missing
    And the customer requests a first-factor OTP
    Then the call fails
    When the next call has the field "<field>" empty
    And the customer requests a first-factor OTP
    Then the call fails

    Examples:
      | field           | why                          |
      | identifierType  | names the kind of identifier |
      | identifierValue | names the customer           |
      | deviceId        | binds the call to the device |
      | brand           | names the brand (org)        |
      | sessionId       | the first-factor session S   |

  # spec: E3 request table
  @documented @needs-otp @rule:mandatory-fields
  Scenario Outline: Submitting the first-factor OTP refuses a request whose <field> is missing or empty
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has started the first factor on device "d1"
    And the customer has requested a first-factor OTP
    When the next call has the field "<field>" missing
    And the customer submits the customer's own OTP as the first-factor OTP
    Then the call fails
    When the next call has the field "<field>" empty
    And the customer submits the customer's own OTP as the first-factor OTP
    Then the call fails

    Examples:
      | field           | why                          |
      | identifierType  | names the kind of identifier |
      | identifierValue | names the customer           |
      | deviceId        | binds the call to the device |
      | brand           | names the brand (org)        |
      | sessionId       | the first-factor session S   |
      | otp             | the code being proved        |

  # spec: E8 request table
  @documented @needs-otp @rule:mandatory-fields
  Scenario Outline: Requesting an MFA session refuses a request whose <field> is missing or empty
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    When the next call has the field "<field>" missing
    And the customer requests an MFA session
    Then the call fails
    When the next call has the field "<field>" empty
    And the customer requests an MFA session
    Then the call fails

    Examples:
      | field           | why                          |
      | identifierType  | names the kind of identifier |
      | identifierValue | names the customer           |
      | deviceId        | binds the call to the device |
      | brand           | names the brand (org)        |
      | authorizedToken | the first-factor token T1    |

  # spec: E9 request table
  @documented @needs-otp @rule:mandatory-fields
  Scenario Outline: Requesting an MFA OTP refuses a request whose <field> is missing or empty
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the next call has the field "<field>" missing
    And the customer requests an MFA OTP
    Then the call fails
    When the next call has the field "<field>" empty
    And the customer requests an MFA OTP
    Then the call fails

    Examples:
      | field           | why                          |
      | identifierType  | names the kind of identifier |
      | identifierValue | names the customer           |
      | deviceId        | binds the call to the device |
      | brand           | names the brand (org)        |
      | sessionId       | the MFA session M            |

  # spec: E10 request table
  @documented @needs-otp @rule:mandatory-fields
  Scenario Outline: Submitting the MFA OTP refuses a request whose <field> is missing or empty
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has requested an MFA OTP
    When the next call has the field "<field>" missing
    And the customer submits the customer's own OTP as the MFA OTP
    Then the call fails
    When the next call has the field "<field>" empty
    And the customer submits the customer's own OTP as the MFA OTP
    Then the call fails

    Examples:
      | field           | why                          |
      | identifierType  | names the kind of identifier |
      | identifierValue | names the customer           |
      | deviceId        | binds the call to the device |
      | brand           | names the brand (org)        |
      | sessionId       | the MFA session M            |
      | otp             | the code being proved        |

  # spec: E11 request table
  @documented @needs-otp @rule:mandatory-fields
  Scenario Outline: Validating the MFA password refuses a request whose <field> is missing or empty
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the next call has the field "<field>" missing
    And the customer validates the MFA password "Passw0rd!old"
    Then the call fails
    When the next call has the field "<field>" empty
    And the customer validates the MFA password "Passw0rd!old"
    Then the call fails

    Examples:
      | field           | why                          |
      | identifierType  | names the kind of identifier |
      | identifierValue | names the customer           |
      | deviceId        | binds the call to the device |
      | brand           | names the brand (org)        |
      | sessionId       | the MFA session M            |
      | password        | the password being proved    |

  # spec: E12 request table, 1.7
  @documented @needs-otp @rule:mandatory-fields
  Scenario Outline: Resetting the MFA password refuses a request whose <field> is missing or empty
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    And the customer has validated an MFA OTP
    And the customer has an MFA session
    When the next call has the field "<field>" missing
    And the customer resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    When the next call has the field "<field>" empty
    And the customer resets the MFA password to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails

    Examples:
      | field           | why                          |
      | identifierType  | names the kind of identifier |
      | identifierValue | names the customer           |
      | deviceId        | binds the call to the device |
      | brand           | names the brand (org)        |
      | sessionId       | the new MFA session M2       |
      | password        | the new password             |
      | confirmPassword | repeats the new password     |

  # spec: E13 request table
  @documented @needs-otp @rule:mandatory-fields
  Scenario Outline: Changing the MFA password refuses a request whose <field> is missing or empty
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the next call has the field "<field>" missing
    And the customer changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    When the next call has the field "<field>" empty
    And the customer changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails

    Examples:
      | field           | why                          |
      | identifierType  | names the kind of identifier |
      | identifierValue | names the customer           |
      | deviceId        | binds the call to the device |
      | brand           | names the brand (org)        |
      | password        | the current password         |
      | newPassword     | the new password             |
      | confirmPassword | repeats the new password     |
      | token           | the MFA token T2             |

  # spec: E14 request table
  @documented @needs-otp @rule:mandatory-fields
  Scenario Outline: Regenerating the MFA token refuses a request whose <field> is missing or empty
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the next call has the field "<field>" missing
    And the customer regenerates the MFA token
    Then the call fails
    When the next call has the field "<field>" empty
    And the customer regenerates the MFA token
    Then the call fails

    Examples:
      | field           | why                          |
      | identifierType  | names the kind of identifier |
      | identifierValue | names the customer           |
      | deviceId        | binds the call to the device |
      | brand           | names the brand (org)        |
      | key             | the MFA key K2               |

  # spec: E15 request table
  @documented @needs-otp @rule:mandatory-fields
  Scenario Outline: Expiring the MFA token refuses a request whose <field> is missing or empty
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the next call has the field "<field>" missing
    And the customer expires the MFA token
    Then the call fails
    When the next call has the field "<field>" empty
    And the customer expires the MFA token
    Then the call fails

    Examples:
      | field           | why                          |
      | identifierType  | names the kind of identifier |
      | identifierValue | names the customer           |
      | deviceId        | binds the call to the device |
      | brand           | names the brand (org)        |
      | token           | the MFA token T2             |

  # spec: E5 request table (S14: identifierType, identifierValue, deviceId, brand; key on mobile)
  @documented @needs-otp @rule:mandatory-fields
  Scenario Outline: Regenerating the first-factor token refuses a request whose <field> is missing or empty
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    When the next call has the field "<field>" missing
    And the customer regenerates the first-factor token
    Then the call fails
    When the next call has the field "<field>" empty
    And the customer regenerates the first-factor token
    Then the call fails

    Examples:
      | field           | why                          |
      | identifierType  | names the kind of identifier |
      | identifierValue | names the customer           |
      | deviceId        | binds the call to the device |
      | brand           | names the brand (org)        |
      | key             | the first-factor key K1      |

  # Both versions of the primary change page mark the identifier mandatory (#21); a change is "token-based" (S15).
  # spec: E6 request table (S15), #3, #21
  @documented @needs-otp @rule:mandatory-fields
  Scenario Outline: Changing the MFA password on the password/change path refuses a request whose <field> is missing or empty
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    When the next call has the field "<field>" missing
    And the customer changes the MFA password through the password/change path from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails
    When the next call has the field "<field>" empty
    And the customer changes the MFA password through the password/change path from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new"
    Then the call fails

    Examples:
      | field           | why                          |
      | identifierType  | names the kind of identifier |
      | identifierValue | names the customer           |
      | token           | the MFA token T2             |

  # spec: #15, E1 identifierType, §3 1546
  @inferred
  Scenario Outline: The first factor refuses identifierType "<identifierType>"
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    When the next call sends the field "identifierType" as "<identifierType>"
    And the customer starts the first factor on device "d1"
    Then the call fails with error code 1546

    Examples:
      | identifierType | why                                               |
      | PHONE          | not one of the documented values                  |
      | mobile         | matching is case-sensitive (#15)                  |
      | EXTERNALID     | EXTERNALID exists on the MFA endpoints only (#15) |

  # spec: #15, E11 identifierType, §3 1546
  @inferred @needs-otp
  Scenario Outline: Validating the MFA password refuses identifierType "<identifierType>"
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has an MFA session
    When the next call sends the field "identifierType" as "<identifierType>"
    And the customer validates the MFA password "Passw0rd!old"
    Then the call fails with error code 1546

    Examples:
      | identifierType | why                              |
      | PHONE          | not one of the documented values |
      | mobile         | matching is case-sensitive (#15) |

  # spec: §0.1 identifierType, E8, S17 CONF_EXTERNAL_ID_LOGIN_ENABLED (default false)
  @documented @needs-otp
  Scenario: EXTERNALID is refused on MFA calls while external-ID login is off
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    When the next call sends the field "identifierType" as "EXTERNALID"
    And the customer requests an MFA session
    Then the call fails

  # spec: E1 mobile/email (conditional for USERNAME), §3 1540
  @inferred
  Scenario: A USERNAME login without mobile or email is refused
    Given the brand has the default MFA password configuration
    And a returning MFA customer identified by "USERNAME" with password "Passw0rd!old"
    When the next call has the field "mobile" missing
    And the customer starts the first factor on device "d1"
    Then the call fails with error code 1540

  # spec: control-plane "unsupported brand", §3 1504, #13
  @inferred @needs-otp
  Scenario Outline: An MFA call naming a brand that does not exist is refused (<use>)
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    And the customer has an MFA session
    When the next call names brand "NO-SUCH-BRAND-7f3c"
    And the customer <call>
    Then the call fails with error code 1504

    Examples:
      | use                 | call                                                                                       |
      | MFA session         | requests an MFA session                                                                    |
      | MFA OTP             | requests an MFA OTP                                                                        |
      | password validation | validates the MFA password "Passw0rd!old"                                                  |
      | password change     | changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new" |
      | regeneration        | regenerates the MFA token                                                                  |
      | logout              | expires the MFA token                                                                      |

  # spec: §0.1 Body (JSON), #23 (robust refusal of bad input is beyond the docs)
  @hardening @needs-otp
  Scenario Outline: A malformed JSON body is refused without a crash (<use>)
    Given the brand has the default MFA password configuration
    And a returning MFA customer with password "Passw0rd!old"
    And the customer has completed the first factor on device "d1"
    And the customer has completed MFA with their password
    And the customer has an MFA session
    When the next call has a malformed JSON body
    And the customer <call>
    Then the call fails

    Examples:
      | use                 | call                                                                                       |
      | first factor        | starts the first factor on device "d1"                                                     |
      | MFA session         | requests an MFA session                                                                    |
      | password validation | validates the MFA password "Passw0rd!old"                                                  |
      | password change     | changes the MFA password from "Passw0rd!old" to "Passw0rd!new" confirmed as "Passw0rd!new" |
