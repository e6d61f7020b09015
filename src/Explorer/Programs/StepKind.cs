namespace MfaConformance.Explorer.Programs;

/// <summary>The glossary phrases (features/README.md) a program is made of; each maps to one binding of src/StepDefinitions.</summary>
public enum StepKind
{
    /// <summary>A1 the customer starts the first factor on device {string}.</summary>
    StartFirstFactor,

    /// <summary>A2 the customer requests a first-factor OTP [{int} times].</summary>
    RequestFirstFactorOtp,

    /// <summary>A3 the customer submits {otp} as the first-factor OTP [{int} times].</summary>
    SubmitFirstFactorOtp,

    /// <summary>A14 the customer regenerates the first-factor token.</summary>
    RegenerateFirstFactorToken,

    /// <summary>A4 the customer requests an MFA session.</summary>
    RequestMfaSession,

    /// <summary>A5 the customer requests an MFA session setting the password {password} confirmed as {password}.</summary>
    RequestMfaSessionSettingPassword,

    /// <summary>A6 the customer requests an MFA OTP [{int} times].</summary>
    RequestMfaOtp,

    /// <summary>A7 the customer submits {otp} as the MFA OTP [{int} times].</summary>
    SubmitMfaOtp,

    /// <summary>A8 the customer validates the MFA password {password} [{int} times].</summary>
    ValidatePassword,

    /// <summary>A9 the customer resets the MFA password to {password} confirmed as {password}.</summary>
    ResetPassword,

    /// <summary>A10 the customer changes the MFA password from {password} to {password} confirmed as {password}.</summary>
    ChangePassword,

    /// <summary>A13 the same change on the password/change path (#3).</summary>
    ChangePasswordOnAliasPath,

    /// <summary>A11 the customer regenerates the MFA token.</summary>
    RegenerateMfaToken,

    /// <summary>A12 the customer expires the MFA token (DELETE).</summary>
    ExpireMfaToken,

    /// <summary>A15 the customer expires the MFA token by POST (#7).</summary>
    ExpireMfaTokenByPost,

    /// <summary>N1 the next call is made from device {string}.</summary>
    NextFromDevice,

    /// <summary>N2 the next call names brand {string}.</summary>
    NextNamesBrand,

    /// <summary>N3 the next call names the second brand.</summary>
    NextNamesSecondBrand,

    /// <summary>N4 the next call names the brand in lower case.</summary>
    NextNamesBrandInLowerCase,

    /// <summary>N5 the next call names the other customer's identifier.</summary>
    NextNamesOtherCustomersIdentifier,

    /// <summary>N6 the next call carries {credential}.</summary>
    NextCarries,

    /// <summary>N7 the next call has the field {string} {defect}.</summary>
    NextFieldDefect,

    /// <summary>N8 the next call sends the field {string} as {string}.</summary>
    NextSendsFieldAs,

    /// <summary>N10 the next call sends the field {string} {variant}.</summary>
    NextSendsFieldVariant,

    /// <summary>X1 the target's clock moves forward ...</summary>
    ClockMoves,

    /// <summary>G10 the other customer has completed MFA with their password on device {string}.</summary>
    OtherCustomerCompletesMfa,

    /// <summary>G11 the other customer has validated an MFA OTP on device {string}.</summary>
    OtherCustomerValidatesMfaOtp,
}
