using MfaConformance.Explorer.Programs;

namespace MfaConformance.Explorer.Generation;

/// <summary>The inputs real servers get wrong, and clock moves around every boundary the program holds.</summary>
internal sealed partial class ProgramPlanner
{
    private static readonly string[] SessionCredentials = ["the first-factor session", "the MFA session", "a session that was never issued"];
    private static readonly string[] TokenCredentials =
        ["the first-factor session token", "the first-factor token", "the first-factor key", "the MFA session token", "the MFA key", "a tampered MFA token"];
    private static readonly string[] KeyCredentials = ["the first-factor key", "the first-factor token", "the MFA token", "the MFA key", "a tampered MFA key"];
    private static readonly string[] AuthorizedTokens = ["the first-factor session token", "the MFA session token", "the first-factor key", "the MFA token", "the MFA key"];
    private static readonly string[] WrongOtps =
        ["a wrong OTP", "the previous OTP", "the customer's own OTP without its last digit", "the customer's own OTP with an extra digit", "the OTP of the earlier session", "the first-factor OTP"];

    private static readonly string[] IdentityFields = ["identifierType", "identifierValue", "deviceId", "brand"];

    /// <summary>The field holding the credential an action sends (what N6 replaces), or null.</summary>
    private static string? CredentialField(StepKind kind) => kind switch
    {
        StepKind.RequestFirstFactorOtp or StepKind.SubmitFirstFactorOtp or StepKind.RequestMfaOtp or StepKind.SubmitMfaOtp
            or StepKind.ValidatePassword or StepKind.ResetPassword => "sessionId",
        StepKind.RequestMfaSession or StepKind.RequestMfaSessionSettingPassword => "authorizedToken",
        StepKind.ChangePassword or StepKind.ChangePasswordOnAliasPath or StepKind.ExpireMfaToken or StepKind.ExpireMfaTokenByPost => "token",
        StepKind.RegenerateMfaToken or StepKind.RegenerateFirstFactorToken => "key",
        _ => null,
    };

    /// <summary>One modifier for the action about to be added: mostly another identity, sometimes another credential.</summary>
    private void RandomModifier(StepKind kind)
    {
        var field = CredentialField(kind);
        if (field is null || _dice.Chance(65))
        {
            IdentityModifier();
            return;
        }

        var credentials = field switch
        {
            "sessionId" => SessionCredentials,
            "authorizedToken" => AuthorizedTokens,
            "key" => KeyCredentials,
            _ => TokenCredentials,
        };
        if (_dice.Chance(70))
        {
            Add(ProgramStep.Of(StepKind.NextCarries, _dice.Pick(credentials)));
        }
        else
        {
            Add(ProgramStep.Of(StepKind.NextSendsFieldVariant, field, _dice.Pick(Variants)));
        }
    }

    /// <summary>An action available now, with one input that a server following the documentation must handle.</summary>
    private void Perturb()
    {
        var options = new List<(int, Action)>
        {
            (2, () => PerturbedAction(StepKind.StartFirstFactor, null)),
        };
        if (_hasS)
        {
            options.Add((2, () => PerturbedAction(StepKind.RequestFirstFactorOtp, "sessionId")));
        }

        if (_hasS && _sOtp)
        {
            options.Add((4, () => PerturbedOtp(StepKind.SubmitFirstFactorOtp)));
        }

        if (_hasK1)
        {
            options.Add((1, () => PerturbedAction(StepKind.RegenerateFirstFactorToken, "key")));
        }

        if (_hasT1)
        {
            options.Add((4, () => PerturbedAction(StepKind.RequestMfaSession, "authorizedToken")));
            if (FirstTime && _config.MfaPasswordEnabled)
            {
                options.Add((3, PerturbedFirstTimePassword));
            }
        }

        if (_hasM)
        {
            options.Add((3, () => PerturbedAction(StepKind.RequestMfaOtp, "sessionId")));
            options.Add((3, PerturbedReset));
            if (_config.HasOtpLimit)
            {
                options.Add((3, OtpFlood));
            }
        }

        if (_hasM && _mOtp)
        {
            options.Add((5, () => PerturbedOtp(StepKind.SubmitMfaOtp)));
        }

        if (_hasM && (!FirstTime || _pending is not null))
        {
            options.Add((5, PerturbedValidation));
        }

        if (_hasT2)
        {
            options.Add((5, () => PerturbedChange(StepKind.ChangePassword)));
            options.Add((3, () => PerturbedChange(StepKind.ChangePasswordOnAliasPath)));
            options.Add((3, () => PerturbedAction(_dice.Chance(70) ? StepKind.ExpireMfaToken : StepKind.ExpireMfaTokenByPost, "token")));
            options.Add((2, ExpireTwice));
        }

        if (_hasK2)
        {
            options.Add((3, () => PerturbedAction(StepKind.RegenerateMfaToken, "key")));
        }

        _dice.Weighted([.. options])();
    }

    /// <summary>The action with one modifier: another identity, another credential, a defective field, a variant value.</summary>
    private void PerturbedAction(StepKind kind, string? credentialField)
    {
        _perturbing = true;
        try
        {
            PerturbedActionCore(kind, credentialField);
        }
        finally
        {
            _perturbing = false;
        }
    }

    private void PerturbedActionCore(StepKind kind, string? credentialField)
    {
        var options = new List<(int, Action)> { (6, IdentityModifier) };
        if (credentialField is not null)
        {
            var credentials = credentialField switch
            {
                "sessionId" => SessionCredentials,
                "authorizedToken" => AuthorizedTokens,
                "key" => KeyCredentials,
                _ => TokenCredentials,
            };
            options.Add((4, () => Add(ProgramStep.Of(StepKind.NextCarries, _dice.Pick(credentials)))));
            options.Add((2, () => Add(ProgramStep.Of(StepKind.NextSendsFieldVariant, credentialField, _dice.Pick(Variants)))));
            if (_otherReady && credentialField is "token" or "key")
            {
                options.Add((2, () => Add(ProgramStep.Of(StepKind.NextCarries, credentialField == "key" ? "the other customer's MFA key" : "the other customer's MFA token"))));
            }

            options.Add((1, () => Add(ProgramStep.Of(StepKind.NextFieldDefect, credentialField, _dice.Chance(50) ? "missing" : "empty"))));
        }

        options.Add((1, () => Add(ProgramStep.Of(StepKind.NextFieldDefect, _dice.Pick(IdentityFields), _dice.Chance(50) ? "missing" : "empty"))));
        _dice.Weighted([.. options])();
        Add(ActionStep(kind));
    }

    /// <summary>Another customer, brand, device or identifierType, or the same value in another case, with whitespace, longer or shorter.</summary>
    private void IdentityModifier()
    {
        var options = new List<(int, Action)>
        {
            (3, () => Add(ProgramStep.Of(StepKind.NextFromDevice, _dice.Pick(["d2", "D1", "d1 ", "d10", "d"])))),
            (3, () => Add(ProgramStep.Of(StepKind.NextSendsFieldVariant, _dice.Pick(IdentityFields), _dice.Pick(Variants)))),
            (2, () => Add(ProgramStep.Of(StepKind.NextSendsFieldAs, "identifierType", _dice.Pick(IdentifierTypes.Where(t => t != CustomerType).ToList())))),
            (1, () => Add(ProgramStep.Of(StepKind.NextNamesBrandInLowerCase))),
            (1, () => Add(ProgramStep.Of(StepKind.NextNamesBrand, "NO-SUCH-BRAND-7f3c"))),
        };
        if (_setup.OtherCustomer)
        {
            options.Add((3, () => Add(ProgramStep.Of(StepKind.NextNamesOtherCustomersIdentifier))));
        }

        if (_setup.SecondBrand)
        {
            options.Add((3, () => Add(ProgramStep.Of(StepKind.NextNamesSecondBrand))));
        }

        _dice.Weighted([.. options])();
    }

    private string CustomerType => _setup.Customer switch
    {
        CustomerKind.ReturningEmail => "EMAIL",
        CustomerKind.ReturningUsername => "USERNAME",
        _ => "MOBILE",
    };

    private ProgramStep ActionStep(StepKind kind) => kind switch
    {
        StepKind.StartFirstFactor => ProgramStep.Of(kind, Device),
        StepKind.SubmitFirstFactorOtp or StepKind.SubmitMfaOtp => ProgramStep.Of(kind, Own),
        StepKind.ValidatePassword => ProgramStep.Of(kind, _current ?? _pending ?? NewPassword),
        StepKind.ResetPassword => ProgramStep.Of(kind, NewPassword, NewPassword),
        StepKind.ChangePassword or StepKind.ChangePasswordOnAliasPath => ProgramStep.Of(kind, _current ?? NewPassword, SecondPassword, SecondPassword),
        StepKind.RequestMfaSessionSettingPassword => ProgramStep.Of(kind, NewPassword, NewPassword),
        _ => ProgramStep.Of(kind),
    };

    /// <summary>An OTP that is not the session's own: wrong, used, shorter, longer, another session's; or the own one from elsewhere.</summary>
    private void PerturbedOtp(StepKind kind)
    {
        if (_dice.Chance(35))
        {
            PerturbedAction(kind, "sessionId");
            return;
        }

        if (_dice.Chance(20))
        {
            Add(ProgramStep.Of(StepKind.NextSendsFieldVariant, "otp", _dice.Pick(Variants)));
            Add(ProgramStep.Of(kind, Own));
            return;
        }

        var otp = _dice.Pick(WrongOtps);
        Add(ProgramStep.Of(kind, otp));
        if (_dice.Chance(50))
        {
            Add(ProgramStep.Of(kind, Own));
            if (kind == StepKind.SubmitMfaOtp)
            {
                MfaCompleted();
                _otpValidated = true;
            }
        }
    }

    /// <summary>The password almost right: another case, one character more or less, an old one, a wrong one.</summary>
    private void PerturbedValidation()
    {
        var password = _current ?? _pending ?? NewPassword;
        var options = new List<(int, Action)>
        {
            (4, () => Add(ProgramStep.Of(StepKind.ValidatePassword, Variant(password)))),
            (2, () => Add(ProgramStep.Of(StepKind.ValidatePassword, WrongPassword))),
            (3, () => PerturbedAction(StepKind.ValidatePassword, "sessionId")),
            (2, () =>
            {
                Add(ProgramStep.Of(StepKind.NextSendsFieldVariant, "password", _dice.Pick(Variants)));
                Add(ProgramStep.Of(StepKind.ValidatePassword, password));
            }),
        };
        if (_previous is not null)
        {
            options.Add((4, () => Add(ProgramStep.Of(StepKind.ValidatePassword, _previous))));
        }

        if (_pending is not null)
        {
            options.Add((3, () => Add(ProgramStep.Of(StepKind.ValidatePassword, _pending))));
        }

        _dice.Weighted([.. options])();
        if (_dice.Chance(40) && _current is not null)
        {
            ValidatePassword(_current);
        }
    }

    private string Variant(string phrase) => phrase.EndsWith('"') ? phrase + _dice.Pick(PasswordVariants) : WrongPassword;

    /// <summary>A first-time password not confirmed exactly, or one the brand's rule refuses.</summary>
    private void PerturbedFirstTimePassword()
    {
        if (_dice.Chance(25))
        {
            var fresh = FreshPassword();
            Add(ProgramStep.Of(StepKind.NextSendsFieldVariant, _dice.Pick(["confirmPassword", "password"]), _dice.Pick(Variants)));
            Add(ProgramStep.Of(StepKind.RequestMfaSessionSettingPassword, fresh, fresh));
            Add(ProgramStep.Of(StepKind.RequestMfaOtp));
            Add(ProgramStep.Of(StepKind.SubmitMfaOtp, Own));
            Add(ProgramStep.Of(StepKind.ValidatePassword, fresh));
            return;
        }

        var password = FreshPassword();
        var (first, second) = _dice.Weighted(
            (3, (password, SecondPassword == password ? ThirdPassword : SecondPassword)),
            (3, (password, Variant(password))),
            (3, (ViolatingPassword(), "")),
            (1, ("\"\"", "\"\"")));
        Add(ProgramStep.Of(StepKind.RequestMfaSessionSettingPassword, first, second.Length == 0 ? first : second));
        if (_dice.Chance(50))
        {
            // then the steps that would register it, had it been taken
            Add(ProgramStep.Of(StepKind.RequestMfaOtp));
            Add(ProgramStep.Of(StepKind.SubmitMfaOtp, Own));
            Add(ProgramStep.Of(StepKind.ValidatePassword, first));
        }
    }

    /// <summary>A reset without the OTP step, not confirmed, against the rule, or on a wrong session.</summary>
    private void PerturbedReset()
    {
        var password = FreshPassword();
        _dice.Weighted<Action>(
            (2, () =>
            {
                Add(ProgramStep.Of(StepKind.NextSendsFieldVariant, _dice.Pick(["confirmPassword", "password"]), _dice.Pick(Variants)));
                Add(ProgramStep.Of(StepKind.ResetPassword, password, password));
            }
        ),
            (4, () => Add(ProgramStep.Of(StepKind.ResetPassword, password, password))),
            (2, () => Add(ProgramStep.Of(StepKind.ResetPassword, password, Variant(password)))),
            (2, () => Add(ProgramStep.Of(StepKind.ResetPassword, ViolatingPassword(), ViolatingPassword()))),
            (3, () => PerturbedAction(StepKind.ResetPassword, "sessionId")))();
        if (_dice.Chance(50))
        {
            // did the reset take? a fresh login with the new and the old password tells
            Add(ProgramStep.Of(StepKind.RequestMfaSession));
            Add(ProgramStep.Of(StepKind.ValidatePassword, _dice.Chance(50) ? password : _current ?? password));
        }
    }

    /// <summary>A change with a wrong or almost-right current password, the same password, an unconfirmed or refused new one.</summary>
    private void PerturbedChange(StepKind kind)
    {
        var current = _current ?? NewPassword;
        var fresh = FreshPassword();
        var violating = ViolatingPassword();
        var (from, to, confirm) = _dice.Weighted(
            (3, (Variant(current), fresh, fresh)),
            (2, (WrongPassword, fresh, fresh)),
            (3, (current, current, current)),
            (3, (current, Variant(current) is var v && v.EndsWith(" in another case", StringComparison.Ordinal) ? v : current + " in another case", current + " in another case")),
            (2, (current, fresh, Variant(fresh))),
            (2, (current, violating, violating)),
            (_previous is null ? 0 : 2, (_previous ?? current, fresh, fresh)));
        if (_dice.Chance(25))
        {
            PerturbedAction(kind, "token");
            return;
        }

        if (_dice.Chance(15))
        {
            Add(ProgramStep.Of(StepKind.NextSendsFieldVariant, _dice.Pick(["confirmPassword", "newPassword", "password"]), _dice.Pick(Variants)));
            Add(ProgramStep.Of(kind, current, fresh, fresh));
            Add(ProgramStep.Of(StepKind.RequestMfaSession));
            Add(ProgramStep.Of(StepKind.ValidatePassword, _dice.Chance(50) ? fresh : current));
            return;
        }

        Add(ProgramStep.Of(kind, from, to, confirm));
        if (kind == StepKind.ChangePassword && from == current && to == confirm && to != current && !to.StartsWith("\"short", StringComparison.Ordinal)
            && !to.StartsWith("\"nodigits", StringComparison.Ordinal) && !to.StartsWith("\"passw0rd!low", StringComparison.Ordinal))
        {
            SetPassword(to);
        }

        if (_dice.Chance(50))
        {
            Add(ProgramStep.Of(StepKind.RequestMfaSession));
            Add(ProgramStep.Of(StepKind.ValidatePassword, _dice.Chance(50) ? to : current));
        }
    }

    private void ExpireTwice()
    {
        Add(ProgramStep.Of(_dice.Chance(70) ? StepKind.ExpireMfaToken : StepKind.ExpireMfaTokenByPost));
        var after = _dice.Weighted(
            (3, ProgramStep.Of(StepKind.ExpireMfaToken)),
            (2, ProgramStep.Of(StepKind.ChangePassword, _current ?? NewPassword, FreshPassword(), FreshPassword())),
            (1, ProgramStep.Of(StepKind.ChangePasswordOnAliasPath, _current ?? NewPassword, FreshPassword(), FreshPassword())),
            (1, ProgramStep.Of(StepKind.ExpireMfaTokenByPost)));
        if (after.Kind is StepKind.ChangePassword or StepKind.ChangePasswordOnAliasPath && after.Args[1] != after.Args[2])
        {
            after = ProgramStep.Of(after.Kind, after.Args[0], after.Args[1], after.Args[1]);
        }

        Add(after);
    }

    /// <summary>OTP requests around otpMaxCount, across sessions and around the end of the otpTimeOut window.</summary>
    private void OtpFlood()
    {
        if (_dice.Chance(35))
        {
            SpacedOtpRequests();
            return;
        }

        var max = _config.OtpMaxCount ?? 3;
        Remember("the OTP window", (_config.OtpTimeOutMinutes ?? 5) * 60.0);
        Add(ProgramStep.Repeated(StepKind.RequestMfaOtp, Math.Max(1, max + _dice.Weighted((2, -1), (3, 0), (1, 1))), []));
        _mOtp = true;
        var then = _dice.Weighted((3, 0), (2, 1), (2, 2), (2, 3));
        if (then == 1)
        {
            RequestMfaSession();
            Add(ProgramStep.Of(StepKind.RequestMfaOtp));
        }
        else if (then == 2)
        {
            Clock((_config.OtpTimeOutMinutes ?? 5) * 60L + _dice.Pick<long>([-5, 1, 2]));
            Add(ProgramStep.Of(StepKind.RequestMfaOtp));
        }
        else if (then == 3)
        {
            StartFirstFactor();
            Add(ProgramStep.Of(StepKind.RequestFirstFactorOtp));
            _sOtp = true;
        }
    }

    /// <summary>
    /// OTP requests spread over the window: the limit reached some time after the first, then a request just after the
    /// window that began with the first has passed (the window starts at its first OTP, "stays blocked until the window
    /// resets", S3), or just before it.
    /// </summary>
    private void SpacedOtpRequests()
    {
        var max = _config.OtpMaxCount ?? 2;
        var window = (_config.OtpTimeOutMinutes ?? 5) * 60L;
        var life = (long)_config.MfaSessionSeconds.Min;
        Add(ProgramStep.Repeated(StepKind.RequestMfaOtp, Math.Max(1, max - 1), []));
        _mOtp = true;
        var gap = Math.Max(5, Math.Min(window / 2, life / 3));
        Clock(gap);
        Add(ProgramStep.Of(StepKind.RequestMfaOtp));
        if (window - gap + 1 >= life - gap)
        {
            // the session would end first: take a new one before the window's end
            Clock(window - gap - 5 > 0 ? window - gap - 5 : 1);
            RequestMfaSession();
            Clock(6);
        }
        else
        {
            Clock(window - gap + _dice.Pick<long>([1, 2, -5]));
        }

        Add(ProgramStep.Of(StepKind.RequestMfaOtp));
    }

    /// <summary>Just before or just after a boundary of something the program holds; otherwise a round move.</summary>
    private void MoveClock()
    {
        var live = _boundaries.Where(b => b.At + b.Seconds >= _now - 5).ToList();
        if (live.Count > 0 && _dice.Chance(85))
        {
            var (_, at, seconds) = _dice.Pick(live);
            var offset = _dice.Weighted((5, -5L), (5, 1L), (2, 31L), (1, -31L), (1, 2L));
            var move = at + (long)seconds + offset - _now;
            if (move > 0)
            {
                Clock(move);
                return;
            }
        }

        Clock(_dice.Pick<long>([5, 61, 5 * 60, 16 * 60, 21 * 60, 61 * 60, 181 * 60]));
    }
}
