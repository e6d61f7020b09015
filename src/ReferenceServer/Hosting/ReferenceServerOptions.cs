namespace MfaConformance.ReferenceServer.Hosting;

/// <summary>How to run the reference server (command line or embedding).</summary>
public sealed class ReferenceServerOptions
{
    /// <summary>Listen address(es), separated by ';'. Port 0 picks a free port (see <see cref="RunningReferenceServer.BaseUrl"/>).</summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>SQLite file for brands, customers and password hashes; null keeps them in memory.</summary>
    public string? DbPath { get; set; }

    /// <summary>Serve the sandbox hooks under /__harness/v1/ (on by default).</summary>
    public bool EnableHooks { get; set; } = true;

    /// <summary>The mutant to run with (see <see cref="Mutants.Mutants.All"/>), or null for the conformant server.</summary>
    public string? Mutant { get; set; }

    /// <summary>Planted security weaknesses to run with (debug switches, see <see cref="Weaknesses.Weaknesses.All"/>); none by default.</summary>
    public IReadOnlyList<string> Weaknesses { get; set; } = [];

    /// <summary>When set, every OTP issued equals this value (for "fixed OTP" OTP sources).</summary>
    public string? FixedOtp { get; set; }

    /// <summary>A JSON file with brands and customers loaded at start.</summary>
    public string? SeedFile { get; set; }

    /// <summary>PBKDF2 iterations of the password hasher (ASP.NET Core's default is 100,000; lower it for load tests).</summary>
    public int PasswordHashIterations { get; set; } = 100_000;

    /// <summary>Debug switch (breaks no rule): requests to these endpoints (e.g. mfa_password_validate) wait this long first; see <see cref="DebugDelays"/>.</summary>
    public IReadOnlyDictionary<string, TimeSpan> DebugDelays { get; set; } = new Dictionary<string, TimeSpan>();
    /// <summary>Where a line per request goes (method, path, status, time, trace id; never a secret); null: no request log.</summary>
    public RequestLog? RequestLog { get; set; }

    public override string ToString() =>
        $"ReferenceServerOptions {{ Urls = {Urls}, DbPath = {DbPath ?? "(memory)"}, EnableHooks = {EnableHooks}, Mutant = {Mutant ?? "(none)"}, Weaknesses = {(Weaknesses.Count == 0 ? "(none)" : string.Join(',', Weaknesses))}, FixedOtp = {(FixedOtp is null ? "(random)" : "***")} }}";
}
