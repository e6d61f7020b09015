namespace MfaConformance.Explorer.Model;

/// <summary>A refused attempt with a wrong OTP or password; <see cref="Definite"/> when it certainly counted.</summary>
public sealed record WrongAttempt(AttemptKind Kind, ModelCredential Session, Moment At, bool Definite, int Sequence);
