using System.Diagnostics;
using System.Text.Json;
using MfaConformance.LoadEngine.Timing;
using RestSharp;

namespace MfaConformance.LoadBench;

/// <summary>
/// The returning-user login as a bare RestSharp replay: the same six calls the harness makes per iteration
/// (token/generate, otp/generate, the OTP read through the hooks, otp/validate, mfa/token/generate,
/// mfa/password/validate), string bodies, only the fields the next call needs read from each answer, no checks
/// beyond status.success, no recording. Its own open-model scheduler thread waiting like the engine's
/// (<see cref="OpenLoop"/>).
/// </summary>
internal sealed class BareFlow(RestClient client, string brand, string device)
{
    public const int CallsPerIteration = 6;

    public async Task<(long Ok, long Failed, TimeSpan Elapsed)> RunAsync(IReadOnlyList<(string Mobile, string Password)> customers, int rate, CancellationToken cancellationToken = default)
    {
        long ok = 0, failed = 0;
        var done = 0;
        var total = customers.Count;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = new SystemLoadClock();
        var started = Stopwatch.StartNew();
        var scheduler = new Thread(() =>
        {
            for (var k = 0; k < total; k++)
            {
                OpenLoop.WaitUntil(clock, TimeSpan.FromTicks(k * TimeSpan.TicksPerSecond / rate));
                var customer = customers[k];
                ThreadPool.UnsafeQueueUserWorkItem(
                    async _ =>
                    {
                        var success = await IterationAsync(customer.Mobile, customer.Password).ConfigureAwait(false);
                        Interlocked.Increment(ref success ? ref ok : ref failed);
                        if (Interlocked.Increment(ref done) == total)
                        {
                            all.SetResult();
                        }
                    },
                    null);
            }
        })
        { IsBackground = true, Name = "bare-flow-open-loop" };
        scheduler.Start();
        await all.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return (ok, failed, started.Elapsed);
    }

    private async Task<bool> IterationAsync(string mobile, string password)
    {
        var id = $"\"identifierType\":\"MOBILE\",\"identifierValue\":\"{mobile}\",\"brand\":\"{brand}\",\"deviceId\":\"{device}\"";
        using var token = await PostAsync("/auth/v1/token/generate", "{" + id + "}").ConfigureAwait(false);
        if (Read(token, "user", "sessionId") is not { } session)
        {
            return false;
        }

        using var otpGenerate = await PostAsync("/auth/v1/otp/generate", $"{{{id},\"sessionId\":\"{session}\"}}").ConfigureAwait(false);
        if (otpGenerate is null)
        {
            return false;
        }

        var otpRequest = new RestRequest("/__harness/v1/otp")
            .AddQueryParameter("brand", brand).AddQueryParameter("identifierType", "MOBILE")
            .AddQueryParameter("identifierValue", mobile).AddQueryParameter("sessionId", session);
        var otpResponse = await client.ExecuteGetAsync(otpRequest).ConfigureAwait(false);
        using var otpJson = otpResponse.IsSuccessful && otpResponse.RawBytes is { } raw ? JsonDocument.Parse(raw) : null;
        if (otpJson?.RootElement.GetProperty("otp").GetString() is not { } otp)
        {
            return false;
        }

        using var validate = await PostAsync("/auth/v1/otp/validate", $"{{{id},\"sessionId\":\"{session}\",\"otp\":\"{otp}\"}}").ConfigureAwait(false);
        if (Read(validate, "auth", "token") is not { } t1)
        {
            return false;
        }

        using var mfa = await PostAsync("/auth/v1/mfa/token/generate", $"{{{id},\"authorizedToken\":\"{t1}\"}}").ConfigureAwait(false);
        if (Read(mfa, "user", "sessionId") is not { } mfaSession)
        {
            return false;
        }

        using var passwordValidate = await PostAsync("/auth/v1/mfa/password/validate", $"{{{id},\"sessionId\":\"{mfaSession}\",\"password\":\"{password}\"}}").ConfigureAwait(false);
        return Read(passwordValidate, "auth", "key") is not null;
    }

    private async Task<JsonDocument?> PostAsync(string path, string body)
    {
        var response = await client.ExecutePostAsync(new RestRequest(path).AddStringBody(body, ContentType.Json)).ConfigureAwait(false);
        if (response.RawBytes is not { Length: > 0 } raw)
        {
            return null;
        }

        var json = JsonDocument.Parse(raw);
        if (json.RootElement.TryGetProperty("status", out var status) && status.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.True)
        {
            return json;
        }

        json.Dispose();
        return null;
    }

    private static string? Read(JsonDocument? json, string block, string field) =>
        json is not null && json.RootElement.TryGetProperty(block, out var b) && b.ValueKind == JsonValueKind.Object
        && b.TryGetProperty(field, out var f) && f.ValueKind == JsonValueKind.String
            ? f.GetString()
            : null;
}
