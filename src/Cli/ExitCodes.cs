using MfaConformance.Bdd;
using MfaConformance.Bdd.Configuration;
using MfaConformance.Bdd.Gherkin;
using MfaConformance.Client;
using MfaConformance.Client.Fixtures;
using MfaConformance.Client.Redaction;
using MfaConformance.LoadEngine;
using MfaConformance.LoadScenarios;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.Targets.Errors;
namespace MfaConformance.Cli;

/// <summary>
/// The harness's exit codes (docs/cli.md, "Exit codes") and the one place an exception becomes one: the harness's own
/// errors carry theirs (<see cref="HarnessException.ExitCode"/>); the libraries' are listed here once.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Every documented requirement met and every threshold held.</summary>
    public const int Ok = (int)ExitCode.Ok;

    /// <summary>A documented requirement failed, a load threshold broke, or nothing was checked.</summary>
    public const int Failed = (int)ExitCode.Failed;

    /// <summary>Bad usage or bad configuration.</summary>
    public const int Usage = (int)ExitCode.Usage;

    /// <summary>The target (or the cluster's NATS server) could not be reached.</summary>
    public const int Unreachable = (int)ExitCode.Unreachable;

    /// <summary>The exit code a run ends with when <paramref name="exception"/> ends it.</summary>
    public static int Of(Exception exception) => (int)(Known(exception) ?? ExitCode.Failed);

    /// <summary>True when <paramref name="exception"/> is an expected way for a run to end (a runner reports it and writes its reports); false for a harness bug.</summary>
    public static bool IsExpected(Exception exception) => Known(exception) is not null;

    /// <summary>The exception's message for the console: without .NET's " (Parameter 'x')" suffix, secrets masked.</summary>
    public static string Message(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var text = exception is ArgumentException { ParamName: { } name } argument
            ? argument.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal)
            : exception.Message;
        return SecretRedactor.Default.RedactText(text);
    }

    private static ExitCode? Known(Exception exception) => exception switch
    {
        HarnessException carrier => carrier.ExitCode,
        TargetUnreachableException => ExitCode.Unreachable,
        NATS.Client.Core.NatsException => ExitCode.Unreachable,
        BddConfigurationException or BddFeatureException => ExitCode.Usage,
        LoadConfigException or LoadScenarioException => ExitCode.Usage,
        ArgumentException or FixtureFormatException => ExitCode.Usage,
        TargetSetUpException or IOException or InvalidOperationException => ExitCode.Failed,
        _ => null,
    };
}
