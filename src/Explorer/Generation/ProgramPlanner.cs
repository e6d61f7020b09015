using System.Text.RegularExpressions;
using MfaConformance.Explorer.Model;
using MfaConformance.Explorer.Programs;

namespace MfaConformance.Explorer.Generation;

/// <summary>
/// Builds one program as a walk through the documented flows: mostly the next step of a flow, often that step with an
/// input real servers get wrong (another customer, brand, device or identifierType; a value differing only in case,
/// whitespace, a prefix or a suffix; a credential of the wrong kind, expired, revoked, used or from another session; a
/// wrong OTP or password), runs of wrong attempts around the configured limit, and clock moves to just before and just
/// after the boundaries of what the program holds (its sessions, tokens, keys, OTPs, locks and windows). The walk keeps a
/// rough plan of what the customer holds, assuming the documented happy answers; when the target answers otherwise the
/// runner skips the steps that have nothing to act on.
/// </summary>
internal sealed partial class ProgramPlanner
{
    private const string Own = "the customer's own OTP";
    private const string NewPassword = "\"Passw0rd!new\"";
    private const string SecondPassword = "\"Passw0rd!two\"";
    private const string ThirdPassword = "\"Passw0rd!thr\"";
    private const string WrongPassword = "\"Wr0ng!guess\"";
    private const string Device = "d1";

    private static readonly string[] Violations = ["\"short1\"", "\"nodigits!!x\"", "\"passw0rd!low\""];
    private static readonly string[] Variants = ["in another case", "with a leading space", "with a trailing space", "with one more character", "without its last character"];
    private static readonly string[] PasswordVariants = [" in another case", " with one more character", " without its last character"];
    private static readonly string[] IdentifierTypes = ["MOBILE", "EMAIL", "USERNAME"];

    private readonly Dice _dice;
    private readonly ProgramSetup _setup;
    private readonly BrandConfig _config;
    private readonly List<ProgramStep> _steps = [];
    private readonly List<(string What, long At, double Seconds)> _boundaries = [];
    private readonly Dictionary<string, (long At, double Seconds)> _latest = new(StringComparer.Ordinal);

    // the plan: what the customer holds if the target answers as documented
    private long _now;
    private bool _hasS;
    private bool _sOtp;
    private bool _hasT1;
    private bool _hasK1;
    private bool _hasM;
    private bool _mOtp;
    private bool _mUsed;
    private bool _hasT2;
    private bool _hasK2;
    private int _sessions;
    private bool _otpValidated;
    private bool _otpValidatedBeforeM;
    private bool _otherReady;
    private string? _pending;
    private string? _current;
    private string? _previous;

    public ProgramPlanner(Dice dice, ProgramSetup setup)
    {
        _dice = dice;
        _setup = setup;
        _config = BrandConfig.FromJson(setup.Configuration);
        _current = setup.Customer == CustomerKind.FirstTime ? null : ProgramSetup.CustomerPassword;
    }

    public IReadOnlyList<ProgramStep> Plan(int length)
    {
        while (_steps.Count < length)
        {
            var intent = _dice.Weighted(
                (40, Intent.Progress),
                (26, Intent.Perturb),
                (12, Intent.Clock),
                (8, Intent.WrongRun),
                (6, Intent.Restart),
                (14, Intent.Sequence),
                (_setup.OtherCustomer ? 5 : 0, Intent.Other));
            switch (intent)
            {
                case Intent.Progress:
                    Progress();
                    break;
                case Intent.Perturb:
                    Perturb();
                    break;
                case Intent.Clock:
                    MoveClock();
                    break;
                case Intent.WrongRun:
                    WrongRun();
                    break;
                case Intent.Restart:
                    Restart();
                    break;
                case Intent.Sequence:
                    Sequence();
                    break;
                default:
                    OtherCustomer();
                    break;
            }
        }

        return _steps;
    }

    private enum Intent
    {
        Progress,
        Perturb,
        Clock,
        WrongRun,
        Restart,
        Sequence,
        Other,
    }

    private bool FirstTime => _current is null;

    private bool _perturbing;

    /// <summary>
    /// Adds a step; an action sometimes gets a random modifier first (another identity, credential or value), so every
    /// input real servers get wrong reaches every endpoint, not only the ones a perturbation aims at.
    /// </summary>
    private void Add(ProgramStep step)
    {
        if (step.IsAction && !_perturbing && (_steps.Count == 0 || !_steps[^1].IsModifier) && _dice.Chance(12))
        {
            _perturbing = true;
            try
            {
                RandomModifier(step.Kind);
            }
            finally
            {
                _perturbing = false;
            }
        }

        _steps.Add(step);
    }

    /// <summary>The next step of the documented flows from what the plan holds.</summary>
    private void Progress()
    {
        if (!_hasS)
        {
            StartFirstFactor();
        }
        else if (!_sOtp && !_hasT1)
        {
            Add(ProgramStep.Of(StepKind.RequestFirstFactorOtp));
            _sOtp = true;
            Remember("the first-factor OTP", _config.SessionExpiryMinutes * 60.0);
        }
        else if (!_hasT1)
        {
            SubmitFirstFactorOtp(Own);
        }
        else if (!_hasM || _mUsed)
        {
            RequestMfaSession();
        }
        else if ((_hasT2 || _hasK2) && _dice.Chance(60))
        {
            TokenAction();
        }
        else if (!_mOtp && (FirstTime || !_config.MfaPasswordEnabled || _dice.Chance(45)))
        {
            Add(ProgramStep.Of(StepKind.RequestMfaOtp));
            _mOtp = true;
        }
        else if (_mOtp && (FirstTime || _dice.Chance(70)))
        {
            SubmitMfaOtp(Own);
        }
        else if (_otpValidatedBeforeM && _dice.Chance(60))
        {
            var password = FreshPassword();
            Add(ProgramStep.Of(StepKind.ResetPassword, password, password));
            SetPassword(password);
            _mUsed = true;
        }
        else if (!FirstTime)
        {
            ValidatePassword(_current!);
        }
        else
        {
            RequestMfaSession();
        }
    }

    private void StartFirstFactor()
    {
        // mostly the customer's device; sometimes another one, which every later call then names
        Add(ProgramStep.Of(StepKind.StartFirstFactor, _dice.Chance(85) ? Device : _dice.Pick(["d2", "D1"])));
        _hasS = true;
        _sOtp = false;
        Remember("the first-factor session", _config.SessionExpiryMinutes * 60.0);
    }

    private void SubmitFirstFactorOtp(string otp, int times = 1)
    {
        Add(ProgramStep.Repeated(StepKind.SubmitFirstFactorOtp, times, otp));
        if (otp == Own)
        {
            _hasT1 = true;
            _hasK1 = _config.RegenerateToken;
            _hasS = false;
            Remember("the first-factor token", 15 * 60);
            if (_config.KeyExpiryEnabled)
            {
                Remember("the first-factor key", _config.KeyExpiryMinutes * 60.0);
            }
        }
    }

    private void RequestMfaSession()
    {
        if (FirstTime && _config.MfaPasswordEnabled && _dice.Chance(85))
        {
            var password = FreshPassword();
            Add(ProgramStep.Of(StepKind.RequestMfaSessionSettingPassword, password, password));
            _pending = password;
        }
        else
        {
            Add(ProgramStep.Of(StepKind.RequestMfaSession));
        }

        _otpValidatedBeforeM = _otpValidated;
        _hasM = true;
        _mOtp = false;
        _mUsed = false;
        _sessions++;
        Remember("the MFA session", _config.MfaSessionSeconds.Min);
        if (_config.MfaSessionSeconds.Max > _config.MfaSessionSeconds.Min)
        {
            Remember("the MFA session (second key)", _config.MfaSessionSeconds.Max);
        }
    }

    private void SubmitMfaOtp(string otp, int times = 1)
    {
        Add(ProgramStep.Repeated(StepKind.SubmitMfaOtp, times, otp));
        if (otp == Own)
        {
            MfaCompleted();
            _otpValidated = true;
            if (_pending is not null)
            {
                SetPassword(_pending);
                _pending = null;
            }
        }
    }

    private void ValidatePassword(string password, int times = 1)
    {
        Add(ProgramStep.Repeated(StepKind.ValidatePassword, times, password));
        if (password == _current)
        {
            MfaCompleted();
        }
    }

    private void MfaCompleted()
    {
        _hasT2 = true;
        _hasK2 = _config.RegenerateMfaToken;
        _mUsed = true;
        Remember("the MFA token", _config.MfaTokenExpiryMinutes * 60.0);
        if (_config.KeyExpiryEnabled && _hasK2)
        {
            Remember("the MFA key", _config.MfaKeyExpiryMinutes * 60.0);
        }
    }

    /// <summary>What a customer holding T2 (and K2) does: change (to a new password or, refused, to the same), regenerate, log out, start a reset.</summary>
    private void TokenAction()
    {
        var action = _dice.Weighted(
            (FirstTime ? 0 : 5, 0),
            (_hasK2 ? 4 : 0, 1),
            (3, 2),
            (2, 3),
            (FirstTime ? 0 : 2, 4),
            (_hasK1 ? 1 : 0, 5),
            (FirstTime ? 0 : 2, 7),
            (3, 6));
        switch (action)
        {
            case 0:
                var password = FreshPassword();
                Add(ProgramStep.Of(StepKind.ChangePassword, _current!, password, password));
                SetPassword(password);
                break;
            case 1:
                Add(ProgramStep.Of(StepKind.RegenerateMfaToken));
                Remember("the regenerated MFA token", _config.MfaTokenExpiryMinutes * 60.0);
                break;
            case 2:
                Add(ProgramStep.Of(StepKind.ExpireMfaToken));
                break;
            case 3:
                Add(ProgramStep.Of(StepKind.ExpireMfaTokenByPost));
                break;
            case 4:
                var alias = FreshPassword();
                Add(ProgramStep.Of(StepKind.ChangePasswordOnAliasPath, _current!, alias, alias));
                break;
            case 7:
                // the same password again, with a token that is otherwise good: refused (1527), the password stays
                Add(ProgramStep.Of(_dice.Chance(50) ? StepKind.ChangePassword : StepKind.ChangePasswordOnAliasPath, _current!, _current!, _current!));
                break;
            case 5:
                Add(ProgramStep.Of(StepKind.RegenerateFirstFactorToken));
                Remember("the regenerated first-factor token", 15 * 60);
                break;
            default:
                RequestMfaSession();
                break;
        }
    }

    /// <summary>A new first factor, or a new MFA session (the documented way to a reset: validate the OTP, then a new session).</summary>
    private void Restart()
    {
        if (!_hasT1 || _dice.Chance(35))
        {
            StartFirstFactor();
        }
        else
        {
            RequestMfaSession();
        }
    }

    private void OtherCustomer()
    {
        if (_otherReady && _dice.Chance(50))
        {
            Perturb();
            return;
        }

        Add(ProgramStep.Of(_dice.Chance(50) ? StepKind.OtherCustomerCompletesMfa : StepKind.OtherCustomerValidatesMfaOtp, _dice.Chance(80) ? "d9" : Device));
        _otherReady = true;
    }

    /// <summary>A run of wrong attempts around the configured limit, usually followed by the right one.</summary>
    private void WrongRun()
    {
        if (_hasS && _sOtp && !_hasT1)
        {
            var times = AroundLimit(_config.OtpRetry);
            RememberLock(times, _config.OtpRetry, _config.LockPeriodMinutes);
            SubmitFirstFactorOtp("a wrong OTP", times);
            if (_dice.Chance(60))
            {
                MaybeClockWithinWindow();
                SubmitFirstFactorOtp(Own);
            }
        }
        else if (_hasM && !_mUsed && _mOtp)
        {
            var times = AroundLimit(_config.MfaOtpRetry);
            RememberLock(times, _config.MfaOtpRetry, _config.MfaLockPeriodMinutes);
            SubmitMfaOtp(_dice.Chance(80) ? "a wrong OTP" : _dice.Pick(["the customer's own OTP without its last digit", "the customer's own OTP with an extra digit"]), times);
            if (_dice.Chance(60))
            {
                MaybeClockWithinWindow();
                SubmitMfaOtp(Own);
            }
        }
        else if (_hasM && !_mUsed && !FirstTime && _config.MfaPasswordEnabled)
        {
            var times = AroundLimit(_config.MfaPasswordRetry);
            RememberLock(times, _config.MfaPasswordRetry, _config.MfaLockPeriodMinutes);
            ValidatePassword(WrongPassword, times);
            if (_dice.Chance(60))
            {
                MaybeClockWithinWindow();
                ValidatePassword(_current!);
            }
        }
        else
        {
            Progress();
        }
    }

    private void RememberLock(int times, int limit, int periodMinutes)
    {
        Remember("the attempt window", _config.AttemptIntervalMinutes * 60.0);
        if (times >= limit)
        {
            Remember("the account lock", periodMinutes * 60.0);
        }
    }

    private int AroundLimit(int limit) => Math.Max(1, limit + _dice.Weighted((3, -1), (3, 0), (1, 1), (1, -2)));

    private void MaybeClockWithinWindow()
    {
        if (_dice.Chance(25))
        {
            var window = _config.AttemptIntervalMinutes * 60L;
            Clock(_dice.Chance(50) ? window + 1 : Math.Max(1, window - 5));
        }
    }

    private string FreshPassword()
    {
        string[] candidates = [NewPassword, SecondPassword, ThirdPassword];
        var fresh = candidates.Where(c => c != _current && c != _previous && c != _pending).ToList();
        return fresh.Count > 0 ? _dice.Pick(fresh) : NewPassword;
    }

    private void SetPassword(string password)
    {
        if (_current is not null && _current != password)
        {
            _previous = _current;
        }

        _current = password;
    }

    /// <summary>A password the brand's MFA_PASSWORD_REGEX refuses (the stand-in keeps the literal's shape, so the rule judges both alike).</summary>
    private string ViolatingPassword()
    {
        var regex = _config.PasswordRegex ?? ConfigurationGen.Regexes[0];
        var violating = Violations.Where(v => !Regex.IsMatch(v.Trim('"'), regex, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToList();
        return violating.Count > 0 ? _dice.Pick(violating) : Violations[0];
    }

    private void Remember(string what, double seconds)
    {
        _boundaries.Add((what, _now, seconds));
        _latest[what] = (_now, seconds);
    }

    private void Clock(long seconds)
    {
        if (seconds <= 0)
        {
            return;
        }

        Add(ProgramStep.Clock(seconds));
        _now += seconds;
        Expire();
    }

    /// <summary>Forgets what the plan holds once the clock is certainly past its documented lifetime.</summary>
    private void Expire()
    {
        foreach (var (what, (at, seconds)) in _latest)
        {
            if (_now - at <= seconds || _dice.Chance(50))
            {
                continue;
            }

            switch (what)
            {
                case "the first-factor session":
                    _hasS = false;
                    break;
                case "the MFA session":
                    _hasM = false;
                    break;
                case "the MFA token" or "the regenerated MFA token":
                    _hasT2 = false;
                    break;
            }
        }
    }
}
