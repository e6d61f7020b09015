namespace MfaConformance.Explorer.Model;

/// <summary>
/// An OTP request for a mobile number (the unit of the otpMaxCount limit), first-factor or MFA: <see cref="Issued"/> when
/// it succeeded; a refused one may still count for a target that counts requests rather than OTPs.
/// </summary>
public sealed record OtpGeneration(string Brand, string MobileNumber, bool Mfa, Moment At, bool Issued = true);
