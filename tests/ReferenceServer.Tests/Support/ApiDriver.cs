using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace MfaConformance.ReferenceServer.Tests.Support;

/// <summary>Plain HttpClient access to the API and the sandbox hooks (shares no code with the harness client).</summary>
internal sealed class ApiDriver(Uri baseUrl) : IDisposable
{
    public const string Password = "Passw0rd!1";
    public const string NewPassword = "N3wPassw0rd!";

    private readonly HttpClient _http = new() { BaseAddress = baseUrl };

    public Task<ApiCall> PostAsync(string path, JsonNode body) => SendAsync(HttpMethod.Post, path, body.ToJsonString());

    public async Task<ApiCall> SendAsync(HttpMethod method, string path, string? rawBody)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (rawBody is not null)
        {
            request.Content = new StringContent(rawBody, Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ApiCall(response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async Task<JsonNode> PutBrandAsync(string brand, JsonObject? config = null)
    {
        var call = await SendAsync(HttpMethod.Put, $"__harness/v1/brands/{brand}", (config ?? new JsonObject()).ToJsonString());
        call.Status.ShouldBe(HttpStatusCode.OK, call.Body?.ToJsonString());
        return call.Body!;
    }

    /// <summary>A brand with MFA passwords on and a digit-required regex, plus extra keys.</summary>
    public Task<JsonNode> PutMfaBrandAsync(string brand, params (string Key, JsonNode? Value)[] extra)
    {
        var config = new JsonObject { ["IS_MFA_PASSWORD_ENABLED"] = true, ["MFA_PASSWORD_REGEX"] = "^(?=.*[0-9]).{8,64}$" };
        foreach (var (key, value) in extra)
        {
            config[key] = value;
        }

        return PutBrandAsync(brand, config);
    }

    /// <summary>A customer (password null = first-time) on a new brand with the MFA password flow on plus <paramref name="config"/>.</summary>
    public async Task<TestCustomer> CustomerOnNewMfaBrandAsync(string? password, params (string Key, JsonNode? Value)[] config)
    {
        var brand = Brands.Unique();
        await PutMfaBrandAsync(brand, config);
        return await CreateCustomerAsync(brand, password);
    }

    public async Task<TestCustomer> CreateCustomerAsync(string brand, string? password, string device = "device-1")
    {
        var customer = TestCustomer.New(brand, device);
        var call = await PostAsync("__harness/v1/customers", new JsonArray(new JsonObject
        {
            ["brand"] = brand,
            ["identifierType"] = customer.IdentifierType,
            ["identifierValue"] = customer.IdentifierValue,
            ["password"] = password,
        }));
        call.Status.ShouldBe(HttpStatusCode.Created, call.Body?.ToJsonString());
        return customer;
    }

    public async Task<string> ReadOtpAsync(TestCustomer customer, string? sessionId = null)
    {
        var query = $"__harness/v1/otp?brand={customer.Brand}&identifierType={customer.IdentifierType}&identifierValue={customer.IdentifierValue}"
            + (sessionId is null ? string.Empty : $"&sessionId={sessionId}");
        var call = await SendAsync(HttpMethod.Get, query, null);
        call.Status.ShouldBe(HttpStatusCode.OK);
        return call.Body!["otp"]!.GetValue<string>();
    }

    public async Task AdvanceClockAsync(int seconds)
    {
        var call = await PostAsync("__harness/v1/clock", new JsonObject { ["advanceSeconds"] = seconds });
        call.Status.ShouldBe(HttpStatusCode.OK);
    }

    public void Dispose() => _http.Dispose();
}
