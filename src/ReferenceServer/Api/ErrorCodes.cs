namespace MfaConformance.ReferenceServer.Api;

/// <summary>The documented auth/v1 error codes (spec section 3) and their documented messages.</summary>
internal static class ErrorCodes
{
    public const int UnableToGenerateToken = 1504;
    public const int InvalidSession = 1505;
    public const int InvalidOtp = 1506;
    public const int IdentifierMismatch = 1507;
    public const int DeviceMismatch = 1508;
    public const int BrandMismatch = 1509;
    public const int UserDoesNotExist = 1515;
    public const int OtpRetryLimit = 1518;
    public const int InvalidDetails = 1519;
    public const int PasswordRequired = 1520;
    public const int ConfirmMismatch = 1521;
    public const int UnableToChangePassword = 1523;
    public const int PasswordNotEnabled = 1524;
    public const int CannotRegenerate = 1525;
    public const int UnableToValidatePassword = 1526;
    public const int SamePassword = 1527;
    public const int WrongPassword = 1528;
    public const int TokenExpired = 1529;
    public const int PasswordRetryLimit = 1530;
    public const int UnableToExpireToken = 1531;
    public const int UnableToResetPassword = 1532;
    public const int OtpGenerationLimit = 1534;
    public const int OtpCountZero = 1535;
    public const int OtpNotGenerated = 1537;
    public const int MobileOrEmailRequired = 1540;
    public const int SessionIdentifierMismatch = 1541;
    public const int PasswordRequirements = 1542;
    public const int InvalidIdentifierType = 1546;
    public const int KeyExpired = 1597;

    private static readonly Dictionary<int, string> Messages = new()
    {
        [UnableToGenerateToken] = "Unable to generate token.",
        [InvalidSession] = "Invalid session.",
        [InvalidOtp] = "Invalid OTP.",
        [IdentifierMismatch] = "Mobile number does not match with the mobile number used to generate token/session.",
        [DeviceMismatch] = "Device ID does not match with the device ID used to generate token/session.",
        [BrandMismatch] = "Brand name does not match with the brand name used to generate token/session.",
        [UserDoesNotExist] = "User does not exist.",
        [OtpRetryLimit] = "Reached the maximum allowed OTP retry attempts, Authenticate form the start.",
        [InvalidDetails] = "Invalid details passed.",
        [PasswordRequired] = "Password is enabled for the brand. Password cannot be empty.",
        [ConfirmMismatch] = "Password and confirm password does not match.",
        [UnableToChangePassword] = "Unable to change password.",
        [PasswordNotEnabled] = "Password is not enabled for the brand.",
        [CannotRegenerate] = "Cannot regenerate token, please authenticate again.",
        [UnableToValidatePassword] = "Unable to validate password.",
        [SamePassword] = "Old password and new password cannot be same.",
        [WrongPassword] = "Invalid password, please try with the correct password.",
        [TokenExpired] = "Token has expired.",
        [PasswordRetryLimit] = "Reached the maximum allowed password retry attempts, please reset your password.",
        [UnableToExpireToken] = "Unable to expire token.",
        [UnableToResetPassword] = "Unable to reset password.",
        [OtpGenerationLimit] = "Reached the maximum number of OTPs allowed per customer.",
        [OtpCountZero] = "Maximum OTP count per customer cannot be 0 (it has to be >= 1).",
        [OtpNotGenerated] = "OTP is not generated for the provided details. Please generate OTP and try again.",
        [MobileOrEmailRequired] = "Either mobile or email is required to send OTP.",
        [SessionIdentifierMismatch] = "Identifier used to generate session does not match with the identifier used to generate or validate OTP.",
        [PasswordRequirements] = "Password does not meet the requirements.",
        [InvalidIdentifierType] = "Invalid identifierType passed.",
        [KeyExpired] = "Key expired or not valid",
    };

    public static string MessageFor(int code) =>
        Messages.TryGetValue(code, out var message) ? message : "Invalid details passed.";
}
