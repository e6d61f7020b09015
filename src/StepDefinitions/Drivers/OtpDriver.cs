using MfaConformance.Client;
using MfaConformance.Client.Otp;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Deadlines;
using MfaConformance.StepDefinitions.Parameters;
using MfaConformance.StepDefinitions.Target;
using Reqnroll.UnitTestProvider;
namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>Resolves the {otp} references: the own OTP from the OTP source, a wrong one, the previous one.</summary>
public sealed class OtpDriver
{
    private const int DefaultLength = 6;
    private readonly IOtpSource _source;
    private readonly IUnitTestRuntimeProvider _runtime;
    private readonly ScenarioDeadline _deadline;

    /// <summary>OTP reads observe the scenario's deadline (<see cref="ScenarioDeadline"/>).</summary>
    public OtpDriver(ConformanceTarget target, ScenarioHttpObserver observer, IUnitTestRuntimeProvider runtime, ScenarioDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(target);
        _source = target.OtpSourceFor(observer);
        _runtime = runtime;
        _deadline = deadline;
    }

    /// <summary>
    /// The OTP to send for <paramref name="reference"/> on the customer's <paramref name="sessionId"/>;
    /// <paramref name="earlierSessionId"/> is the session of the same kind the customer held before (for "the OTP of the earlier session").
    /// </summary>
    public async Task<string> ResolveAsync(OtpReference reference, MfaCustomer customer, string? sessionId, string? earlierSessionId = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return reference switch
        {
            OtpReference.Own => await ReadOwnAsync(customer, sessionId).ConfigureAwait(false),
            OtpReference.Wrong => await WrongAsync(customer, sessionId).ConfigureAwait(false),
            OtpReference.Previous => Previous(customer),
            OtpReference.OwnWithoutLastDigit => (await ReadOwnAsync(customer, sessionId).ConfigureAwait(false))[..^1],
            OtpReference.OwnWithExtraDigit => await ReadOwnAsync(customer, sessionId).ConfigureAwait(false) + "0",
            OtpReference.EarlierSession => await EarlierAsync(customer, earlierSessionId).ConfigureAwait(false),
            OtpReference.FirstFactor => await FirstFactorAsync(customer).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(reference), reference, "unknown OTP reference"),
        };
    }

    private string Previous(MfaCustomer customer)
    {
        SkipWhenEveryOtpIsTheSame("a replayed OTP cannot be told apart from a new one");
        return customer.Flow.PreviousOtp
            ?? throw new InvalidOperationException("The customer has not validated an OTP yet, so there is no 'previous OTP'.");
    }

    private Task<string> EarlierAsync(MfaCustomer customer, string? earlierSessionId)
    {
        SkipWhenEveryOtpIsTheSame("the OTP of another session cannot be told apart from a new one");
        return ReadOwnAsync(customer, earlierSessionId
            ?? throw new InvalidOperationException("The customer held no earlier session, so there is no 'OTP of the earlier session'."));
    }

    private Task<string> FirstFactorAsync(MfaCustomer customer)
    {
        SkipWhenEveryOtpIsTheSame("the first-factor OTP cannot be told apart from the MFA one");
        return ReadOwnAsync(customer, customer.Flow.FirstFactorSession
            ?? throw new InvalidOperationException("The customer holds no first-factor session, so there is no 'first-factor OTP'."));
    }

    private void SkipWhenEveryOtpIsTheSame(string consequence)
    {
        if (_source is FixedOtpSource)
        {
            _runtime.TestIgnore($"needs-otp: the OTP source gives the same OTP every time, so {consequence}");
        }
    }

    /// <summary>
    /// The newest OTP the target issued for the session, to check its form (T16). An OTP source that gives the same OTP
    /// every time is not the target's OTP: the scenario is then skipped with the reason.
    /// </summary>
    public Task<string> ReadIssuedAsync(MfaCustomer customer, string? sessionId)
    {
        SkipWhenEveryOtpIsTheSame("it is not the OTP the target issued, whose form is checked");
        return ReadOwnAsync(customer, sessionId);
    }

    /// <summary>The newest OTP the target issued to the customer for the session.</summary>
    public async Task<string> ReadOwnAsync(MfaCustomer customer, string? sessionId)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var request = new OtpRequest(customer.Brand, customer.IdentifierType, customer.IdentifierValue, sessionId, customer.Device);
        var otp = await _deadline.RunAsync($"reading the OTP ({_source.Name} source)", ct => _source.GetOtpAsync(request, ct)).ConfigureAwait(false);
        customer.Flow.RememberOtp(otp);
        return otp;
    }

    /// <summary>A well-formed OTP (digits, the issued length) that differs from every OTP seen for the customer.</summary>
    public async Task<string> WrongAsync(MfaCustomer customer, string? sessionId)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (_source is HooksOtpSource && sessionId is not null)
        {
            try
            {
                await ReadOwnAsync(customer, sessionId).ConfigureAwait(false);
            }
            catch (OtpUnavailableException)
            {
                // none issued for this session yet: any well-formed OTP is wrong
            }
        }

        return MakeWrong(customer.Flow.SeenOtps);
    }

    /// <summary>Shifts every digit of the last seen OTP (or of a run of zeros) until it differs from all seen ones.</summary>
    public static string MakeWrong(IReadOnlyList<string> seen)
    {
        ArgumentNullException.ThrowIfNull(seen);
        var template = seen.Count > 0 && seen[^1].All(char.IsAsciiDigit) ? seen[^1] : new string('0', DefaultLength);
        var candidate = template;
        for (var shift = 1; shift <= 10; shift++)
        {
            candidate = new string([.. template.Select(c => (char)('0' + ((c - '0' + shift) % 10)))]);
            if (!seen.Contains(candidate, StringComparer.Ordinal))
            {
                return candidate;
            }
        }

        return candidate;
    }
}
