namespace MfaConformance.Cli.Configuration;

/// <summary>The commented example `mfa-conformance init` writes (every key, with its default and its override).</summary>
internal static class ExampleConfig
{
    public const string Text = """
        // mfa-conformance.json: where and how the harness runs. Comments are allowed.
        // Precedence: defaults < this file < environment variables (MFA_*) < command-line options.
        // null = the default. Unknown keys are refused. Paths are relative to this file's folder.
        {
          "target": {
            // Base URL of the API under test (env MFA_TARGET_URL, --target).
            // null runs the embedded reference server on a free loopback port.
            "baseUrl": null,
            // Brand to test (env MFA_BRAND, --brand). null: a brand created through the sandbox hooks.
            "brand": null,
            // Per-request timeout: 500ms, 10s, 1m (env MFA_TIMEOUT, --timeout).
            "timeout": "10s",
            // Accept any TLS certificate: self-signed sandboxes only (env MFA_ALLOW_INVALID_CERTIFICATES).
            "allowInvalidCertificates": false,
            // Headers added to every request, e.g. a gateway key (values are never printed; --header "Name: value").
            "headers": {},
            // Largest response body read: 512KB, 1MB (env MFA_MAX_RESPONSE_SIZE, --max-response-size). A larger answer fails the call.
            "maxResponseSize": "1MB"
          },
          "identities": {
            // Customers for targets without sandbox hooks (env MFA_FIXTURES, --fixtures); see src/Client/README.md:
            // {"brand":"ACME","customers":[{"identifierType":"MOBILE","identifierValue":"9198...","password":null,"deviceId":"d1"}]}
            "fixtures": null
          },
          "otp": {
            // Where the OTPs the target sends come from: hooks | fixed | command | prompt (env MFA_OTP_SOURCE, --otp-source).
            "source": "hooks",
            // For "fixed": the OTP the sandbox always issues (env MFA_OTP_VALUE; secret, never printed).
            "value": null,
            // For "command": a shell command printing the OTP on its first line (env MFA_OTP_COMMAND).
            "command": null,
            "commandTimeout": "30s"
          },
          "reports": {
            // Reports go to <folder>/conformance, <folder>/load/<run-id>, <folder>/accept/<run-id> (env MFA_REPORTS, --reports).
            "folder": "reports"
          },
          "suite": {
            // verify/accept: longest one scenario may run (env MFA_SCENARIO_TIMEOUT, --scenario-timeout); past it the
            // scenario fails as timed out, naming the call. null = 2m (no limit with the prompt OTP source).
            "scenarioTimeout": null,
            // verify/accept: longest the whole suite may run (env MFA_SUITE_TIMEOUT, --suite-timeout); unfinished scenarios
            // are reported as timed out. null = 10m (no limit with the prompt OTP source).
            "timeout": null
          },
          "load": {
            // accept: length of the short load run of each flow (env MFA_LOAD_DURATION, --load-duration).
            "duration": "10s",
            // Iterations started per second; null = 10 per flow for accept, 20 for load (env MFA_LOAD_RATE, --load-rate).
            "rate": null,
            // A LoadEngine configuration file (simulations, thresholds) replacing the built-in load shape.
            "config": null,
            // load/accept: a short conformance pre-flight on the target before the clock starts (--no-preflight turns it off).
            "preflight": true
          },
          "embedded": {
            // Embedded reference server only: run a mutant that breaks one documented rule (see 'serve --list-mutants').
            "mutant": null,
            // PBKDF2 iterations of its password hasher (null = the server's default, 100000).
            "passwordHashIterations": null
          }
        }

        """;
}
