using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests.Faults;

/// <summary>
/// The settings of a run against a target without hooks: an identity fixtures file, a fixed OTP, a short timeout,
/// the @smoke scenarios only (so scenarios make real calls and the run stays short). The timeout is short only for
/// the hang fault (every call waits it out); elsewhere it is generous, because a loaded 2-core CI machine can be
/// slow to answer even the hooks probe, and a timed-out probe would make the target count as unreachable.
/// </summary>
internal static class FaultRunFixtures
{
    public const string FixedOtp = "135792";

    public static string WriteFixtures(TempFolder folder)
    {
        var customers = Enumerable.Range(0, 12).Select(i =>
            $$"""{"identifierType":"MOBILE","identifierValue":"9198765{{i:00000}}","password":{{(i % 2 == 0 ? "\"Passw0rd!old\"" : "null")}},"deviceId":"d1"}""");
        return folder.Write("fixtures.json", $$"""{"brand":"FAULTY","customers":[{{string.Join(",", customers)}}]}""");
    }

    public const string HangTimeout = "2s";

    public static string[] Args(string command, Uri target, TempFolder folder, string fixtures, params string[] extra) =>
        ArgsWithTimeout(command, target, folder, fixtures, "15s", extra);

    public static string[] ArgsWithTimeout(string command, Uri target, TempFolder folder, string fixtures, string timeout, params string[] extra) =>
    [
        command, "--target", target.ToString(), "--fixtures", fixtures, "--otp-source", $"fixed:{FixedOtp}",
        "--timeout", timeout, "--reports", Path.Combine(folder.Path, "reports"), "--tags", "@smoke", .. extra,
    ];
}
