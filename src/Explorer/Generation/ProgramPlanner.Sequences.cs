using MfaConformance.Explorer.Programs;

namespace MfaConformance.Explorer.Generation;

/// <summary>
/// Short walks the documentation describes end to end, each with a random twist: a reset after the OTP step, an OTP of
/// another session, a lock and a new session, a credential used just before or after its lifetime, a first-time password
/// around its OTP step. They start from whatever the program holds and bring it there first.
/// </summary>
internal sealed partial class ProgramPlanner
{
    private void Sequence()
    {
        var options = new List<(int, Action)>
        {
            (FirstTime ? 0 : 4, ResetSequence),
            (3, EarlierSessionOtpSequence),
            (3 + (_config.MfaAccountLocking || _config.AccountLocking ? 6 : 0), LockSequence),
            (4, LifetimeSequence),
            (FirstTime ? 3 : 0, FirstTimeSequence),
            (2, ReusedOtpSequence),
            (2, FirstFactorOtpOnMfaSequence),
            (_config.HasOtpLimit ? 6 : 0, OtpLimitSequence),
        };
        _dice.Weighted([.. options])();
    }

    /// <summary>Brings the plan to a first-factor token (T1).</summary>
    private void EnsureFirstFactor()
    {
        if (_hasT1 && _dice.Chance(80))
        {
            return;
        }

        StartFirstFactor();
        Add(ProgramStep.Of(StepKind.RequestFirstFactorOtp));
        _sOtp = true;
        SubmitFirstFactorOtp(Own);
    }

    /// <summary>Brings the plan to an MFA token (T2), by the password or the OTP.</summary>
    private void EnsureMfa()
    {
        EnsureFirstFactor();
        RequestMfaSession();
        if (!FirstTime && _config.MfaPasswordEnabled && _dice.Chance(50))
        {
            ValidatePassword(_current!);
        }
        else
        {
            Add(ProgramStep.Of(StepKind.RequestMfaOtp));
            _mOtp = true;
            SubmitMfaOtp(Own);
        }
    }

    /// <summary>1.7: validate an MFA OTP, take a new session, reset (sometimes with a twist), then log in with the new and the old password.</summary>
    private void ResetSequence()
    {
        EnsureFirstFactor();
        var otherValidates = _setup.OtherCustomer && _dice.Chance(40);
        if (otherValidates)
        {
            Add(ProgramStep.Of(StepKind.OtherCustomerValidatesMfaOtp, "d9"));
            _otherReady = true;
        }

        if (_dice.Chance(otherValidates ? 50 : 80))
        {
            RequestMfaSession();
            Add(ProgramStep.Of(StepKind.RequestMfaOtp));
            _mOtp = true;
            SubmitMfaOtp(_dice.Chance(85) ? Own : "a wrong OTP");
        }

        if (_dice.Chance(20))
        {
            Clock(_dice.Pick<long>([60, 4 * 60 + 55, 5 * 60 + 1, 16 * 60]));
        }

        if (_dice.Chance(85))
        {
            RequestMfaSession();
        }

        var password = FreshPassword();
        var twist = _dice.Below(10);
        if (twist < 5)
        {
            Add(ProgramStep.Of(StepKind.ResetPassword, password, password));
        }
        else if (twist < 7)
        {
            IdentityModifier();
            Add(ProgramStep.Of(StepKind.ResetPassword, password, password));
        }
        else if (twist < 8)
        {
            Add(ProgramStep.Of(StepKind.ResetPassword, password, Variant(password)));
        }
        else
        {
            var violating = ViolatingPassword();
            Add(ProgramStep.Of(StepKind.ResetPassword, violating, violating));
        }

        var old = _current;
        if (twist < 5)
        {
            SetPassword(password);
        }

        RequestMfaSession();
        ValidatePassword(_dice.Chance(50) ? old ?? password : password);
        if (_dice.Chance(40))
        {
            Add(ProgramStep.Of(StepKind.ResetPassword, FreshPassword(), FreshPassword()));
        }
    }

    /// <summary>An OTP issued for one session, submitted on the next one (an OTP is issued for one session, §0.1).</summary>
    private void EarlierSessionOtpSequence()
    {
        EnsureFirstFactor();
        var mfa = _dice.Chance(70);
        if (mfa)
        {
            RequestMfaSession();
            Add(ProgramStep.Of(StepKind.RequestMfaOtp));
            RequestMfaSession();
            if (_dice.Chance(60))
            {
                Add(ProgramStep.Of(StepKind.RequestMfaOtp));
            }

            _mOtp = true;
            Add(ProgramStep.Of(StepKind.SubmitMfaOtp, "the OTP of the earlier session"));
        }
        else
        {
            StartFirstFactor();
            Add(ProgramStep.Of(StepKind.RequestFirstFactorOtp));
            StartFirstFactor();
            if (_dice.Chance(60))
            {
                Add(ProgramStep.Of(StepKind.RequestFirstFactorOtp));
            }

            _sOtp = true;
            Add(ProgramStep.Of(StepKind.SubmitFirstFactorOtp, "the OTP of the earlier session"));
        }
    }

    /// <summary>OTP requests on a fresh MFA session around otpMaxCount and the otpTimeOut window.</summary>
    private void OtpLimitSequence()
    {
        EnsureFirstFactor();
        RequestMfaSession();
        if (_dice.Chance(60))
        {
            SpacedOtpRequests();
        }
        else
        {
            OtpFlood();
        }
    }

    /// <summary>An unused first-factor OTP (of a new first factor) submitted on the MFA session: an OTP is issued for one session.</summary>
    private void FirstFactorOtpOnMfaSequence()
    {
        EnsureFirstFactor();
        StartFirstFactor();
        Add(ProgramStep.Of(StepKind.RequestFirstFactorOtp));
        _sOtp = true;
        RequestMfaSession();
        if (_dice.Chance(70))
        {
            Add(ProgramStep.Of(StepKind.RequestMfaOtp));
            _mOtp = true;
        }

        Add(ProgramStep.Of(StepKind.SubmitMfaOtp, "the first-factor OTP"));
    }

    /// <summary>An OTP validated once, submitted again on the same or a later session.</summary>
    private void ReusedOtpSequence()
    {
        EnsureFirstFactor();
        RequestMfaSession();
        Add(ProgramStep.Of(StepKind.RequestMfaOtp));
        SubmitMfaOtp(Own);
        if (_dice.Chance(70))
        {
            RequestMfaSession();
            if (_dice.Chance(70))
            {
                Add(ProgramStep.Of(StepKind.RequestMfaOtp));
            }
        }

        Add(ProgramStep.Of(StepKind.SubmitMfaOtp, "the previous OTP"));
    }

    /// <summary>Wrong attempts to the limit (or one fewer), then the right credential on the same session or a new one, around the lock period.</summary>
    private void LockSequence()
    {
        var kind = _dice.Weighted((FirstTime || !_config.MfaPasswordEnabled ? 0 : 4, 0), (4, 1), (2, 2));
        if (kind == 2)
        {
            StartFirstFactor();
            Add(ProgramStep.Of(StepKind.RequestFirstFactorOtp));
            _sOtp = true;
            var times = AroundLimit(_config.OtpRetry);
            RememberLock(times, _config.OtpRetry, _config.LockPeriodMinutes);
            SubmitFirstFactorOtp("a wrong OTP", times);
            AfterLock(_config.LockPeriodMinutes);
            if (_dice.Chance(60))
            {
                StartFirstFactor();
                Add(ProgramStep.Of(StepKind.RequestFirstFactorOtp));
            }

            SubmitFirstFactorOtp(Own);
            return;
        }

        EnsureFirstFactor();
        RequestMfaSession();
        if (kind == 0 && _dice.Chance(45))
        {
            SpacedWrongPasswords();
        }
        else if (kind == 0)
        {
            var times = AroundLimit(_config.MfaPasswordRetry);
            RememberLock(times, _config.MfaPasswordRetry, _config.MfaLockPeriodMinutes);
            ValidatePassword(_dice.Chance(80) ? WrongPassword : Variant(_current!), times);
            AfterLock(_config.MfaLockPeriodMinutes);
            if (_dice.Chance(60))
            {
                RequestMfaSession();
            }

            if (_dice.Chance(70))
            {
                ValidatePassword(_current!);
            }
            else
            {
                Add(ProgramStep.Of(StepKind.RequestMfaOtp));
                SubmitMfaOtp(Own);
            }
        }
        else if (_dice.Chance(35))
        {
            // wrong OTPs on both sides of a new OTP on the same session: they count together (nothing else unlocks it)
            Add(ProgramStep.Of(StepKind.RequestMfaOtp));
            _mOtp = true;
            var before = Math.Max(1, _config.MfaOtpRetry - 1);
            SubmitMfaOtp("a wrong OTP", before);
            Add(ProgramStep.Of(StepKind.RequestMfaOtp));
            SubmitMfaOtp("a wrong OTP", Math.Max(1, _config.MfaOtpRetry - before));
            SubmitMfaOtp(Own);
        }
        else
        {
            Add(ProgramStep.Of(StepKind.RequestMfaOtp));
            _mOtp = true;
            var times = AroundLimit(_config.MfaOtpRetry);
            RememberLock(times, _config.MfaOtpRetry, _config.MfaLockPeriodMinutes);
            SubmitMfaOtp("a wrong OTP", times);
            AfterLock(_config.MfaLockPeriodMinutes);
            if (_dice.Chance(40))
            {
                Add(ProgramStep.Of(StepKind.RequestMfaOtp));
            }
            else if (_dice.Chance(60))
            {
                RequestMfaSession();
                Add(ProgramStep.Of(StepKind.RequestMfaOtp));
            }

            if (_dice.Chance(70) || FirstTime)
            {
                SubmitMfaOtp(Own);
            }
            else
            {
                ValidatePassword(_current!);
            }
        }
    }

    /// <summary>
    /// Wrong passwords spread over time: some, a clock move, more. Within the attempt window they count together and the
    /// lock period runs from the attempt that locked; past the window the counter restarts (S17).
    /// </summary>
    private void SpacedWrongPasswords()
    {
        var limit = _config.MfaPasswordRetry;
        var window = _config.AttemptIntervalMinutes * 60L;
        var life = (long)_config.MfaSessionSeconds.Min;
        var first = Math.Max(1, limit - 1);
        ValidatePassword(WrongPassword, first);
        var restart = _dice.Chance(40) && window + 60 < life;
        var gap = restart ? window + 1 : Math.Min(Math.Min(window, life) - 10, _dice.Pick<long>([30, 90, 150, 240]));
        Clock(Math.Max(5, gap));
        var second = restart ? first : 1;
        ValidatePassword(WrongPassword, second);
        if (!restart)
        {
            // the lock period runs from the attempt that locked: just before its end (and after its start's end when
            // counted from the first wrong attempt), or just after
            Remember("the account lock", _config.MfaLockPeriodMinutes * 60.0);
            var choice = _dice.Below(3);
            if (choice < 2)
            {
                Clock(_config.MfaLockPeriodMinutes * 60L + (choice == 0 ? -5 : 1));
            }

            if (_dice.Chance(75))
            {
                // a fresh login: the first-factor token may have outlived its 15 minutes
                StartFirstFactor();
                Add(ProgramStep.Of(StepKind.RequestFirstFactorOtp));
                _sOtp = true;
                SubmitFirstFactorOtp(Own);
                RequestMfaSession();
            }
        }

        ValidatePassword(_current!);
    }

    /// <summary>Nothing, a move within the attempt window, or a move to just before or after the lock period's end.</summary>
    private void AfterLock(int periodMinutes)
    {
        var choice = _dice.Below(5);
        if (choice == 1)
        {
            Clock(periodMinutes * 60L - 5);
        }
        else if (choice == 2)
        {
            Clock(periodMinutes * 60L + 1);
        }
        else if (choice == 3)
        {
            Clock(_config.AttemptIntervalMinutes * 60L + _dice.Pick<long>([-5, 1]));
        }
    }

    /// <summary>A credential used just before or just after its documented lifetime.</summary>
    private void LifetimeSequence()
    {
        var what = _dice.Below(7);
        var offset = _dice.Weighted((5, -5L), (5, 1L), (2, 31L), (1, 2L));
        switch (what)
        {
            case 0:
                StartFirstFactor();
                if (_dice.Chance(50))
                {
                    Add(ProgramStep.Of(StepKind.RequestFirstFactorOtp));
                    _sOtp = true;
                }

                Clock(_config.SessionExpiryMinutes * 60L + offset);
                Add(_sOtp ? ProgramStep.Of(StepKind.SubmitFirstFactorOtp, Own) : ProgramStep.Of(StepKind.RequestFirstFactorOtp));
                break;
            case 1 or 2:
                EnsureFirstFactor();
                RequestMfaSession();
                if (_dice.Chance(60))
                {
                    Add(ProgramStep.Of(StepKind.RequestMfaOtp));
                    _mOtp = true;
                }

                Clock((long)(_dice.Chance(70) ? _config.MfaSessionSeconds.Min : _config.MfaSessionSeconds.Max) + offset);
                Add(_dice.Weighted(
                    (_mOtp ? 4 : 0, ProgramStep.Of(StepKind.SubmitMfaOtp, Own)),
                    (3, ProgramStep.Of(StepKind.RequestMfaOtp)),
                    (FirstTime ? 0 : 3, ProgramStep.Of(StepKind.ValidatePassword, _current ?? NewPassword)),
                    (FirstTime ? 0 : 1, ProgramStep.Of(StepKind.ResetPassword, NewPassword, NewPassword))));
                break;
            case 3 or 4:
                EnsureMfa();
                if (_dice.Chance(30) && _hasK2)
                {
                    Add(ProgramStep.Of(StepKind.RegenerateMfaToken));
                }

                Clock(_config.MfaTokenExpiryMinutes * 60L + offset);
                Add(_dice.Weighted(
                    (FirstTime ? 0 : 3, ProgramStep.Of(StepKind.ChangePassword, _current ?? NewPassword, FreshPassword() is var p ? p : NewPassword, p)),
                    (3, ProgramStep.Of(StepKind.ExpireMfaToken)),
                    (1, ProgramStep.Of(StepKind.ExpireMfaTokenByPost)),
                    (FirstTime ? 0 : 1, ProgramStep.Of(StepKind.ChangePasswordOnAliasPath, _current ?? NewPassword, NewPassword, NewPassword))));
                break;
            case 5:
                EnsureMfa();
                KeyUsedAroundItsLifetime(StepKind.RegenerateMfaToken, _config.MfaKeyExpiryMinutes * 60L, offset);
                break;
            default:
                EnsureFirstFactor();
                KeyUsedAroundItsLifetime(StepKind.RegenerateFirstFactorToken, _config.KeyExpiryMinutes * 60L, offset);
                break;
        }
    }

    /// <summary>A key used just before or after its lifetime, counted from its issue, sometimes with a regeneration half-way.</summary>
    private void KeyUsedAroundItsLifetime(StepKind regenerate, long lifetime, long offset)
    {
        if (!_config.KeyExpiryEnabled)
        {
            Clock(_dice.Pick<long>([61 * 60, 181 * 60]));
            Add(ProgramStep.Of(regenerate));
            return;
        }

        if (_dice.Chance(50))
        {
            var half = Math.Max(1, lifetime / 2);
            Clock(half);
            Add(ProgramStep.Of(regenerate));
            Clock(lifetime - half + offset);
        }
        else
        {
            Clock(lifetime + offset);
        }

        Add(ProgramStep.Of(regenerate));
    }

    /// <summary>A first-time password around its OTP step: used before the OTP, after a wrong OTP, after the right one.</summary>
    private void FirstTimeSequence()
    {
        EnsureFirstFactor();
        var password = FreshPassword();
        Add(ProgramStep.Of(StepKind.RequestMfaSessionSettingPassword, password, password));
        _hasM = true;
        _mUsed = false;
        _pending = password;
        var choice = _dice.Below(4);
        if (choice == 0)
        {
            Add(ProgramStep.Of(StepKind.ValidatePassword, password));
        }
        else
        {
            Add(ProgramStep.Of(StepKind.RequestMfaOtp));
            _mOtp = true;
            Add(ProgramStep.Of(StepKind.SubmitMfaOtp, choice == 1 ? "a wrong OTP" : Own));
            if (choice == 1)
            {
                Add(ProgramStep.Of(StepKind.ValidatePassword, password));
                return;
            }

            MfaCompleted();
            _otpValidated = true;
            SetPassword(password);
            _pending = null;
        }

        RequestMfaSession();
        ValidatePassword(_dice.Chance(80) ? password : Variant(password));
    }
}
