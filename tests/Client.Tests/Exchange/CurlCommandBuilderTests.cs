using System.Diagnostics;
using System.Text.Json.Nodes;
using MfaConformance.Client.Exchange;
using MfaConformance.Client.Requests;
using MfaConformance.Client.Tests.Support;
using static MfaConformance.Client.Tests.Support.Samples;
namespace MfaConformance.Client.Tests.Exchange;

public sealed class CurlCommandBuilderTests : ServerTestBase
{
    [Theory]
    [InlineData("password", "PASSWORD")]
    [InlineData("confirmPassword", "CONFIRM_PASSWORD")]
    [InlineData("authorizedToken", "AUTHORIZED_TOKEN")]
    [InlineData("otp", "OTP")]
    [InlineData("X-Api-Key", "X_API_KEY")]
    public void ToVariable_Key_UpperSnakeCase(string key, string expected) =>
        CurlCommandBuilder.ToVariable(key).ShouldBe(expected);

    [Fact]
    public async Task Build_MfaTokenExpire_UsesVariablesForSecretsAndKeepsOtherFields()
    {
        var response = await Client.MfaTokenExpireAsync(new TokenExpireRequest("MOBILE", Mobile, Device, Brand, Token));

        var curl = response.Exchange.ToCurl();

        curl.ShouldStartWith($"curl -sS -X DELETE '{Server.BaseUrl}auth/v1/mfa/token/expire'");
        curl.ShouldContain("-H \"Content-Type: application/json\"");
        curl.ShouldContain("\\\"token\\\":\\\"$TOKEN\\\"");
        curl.ShouldContain($"\\\"identifierValue\\\":\\\"{Mobile}\\\"");
        curl.ShouldNotContain(Token);
    }

    [Fact]
    public async Task Build_RunWithVariablesExported_ReproducesTheSameBody()
    {
        var request = new PasswordChangeRequest("MOBILE", Mobile, Device, Brand, Token, "pa$$ word`x", NewPassword, NewPassword);
        var response = await Client.MfaPasswordChangeAsync(request);
        var curl = response.Exchange.ToCurl();
        curl.ShouldNotContain(NewPassword);

        var exit = await RunShell(curl, new()
        {
            ["TOKEN"] = Token,
            ["PASSWORD"] = "pa$$ word`x",
            ["NEW_PASSWORD"] = NewPassword,
            ["CONFIRM_PASSWORD"] = NewPassword,
        });

        exit.ShouldBe(0);
        Server.Requests.Count.ShouldBe(2);
        var (original, replayed) = (Server.Requests[0], Server.Requests[1]);
        replayed.Method.ShouldBe(original.Method);
        replayed.Path.ShouldBe(original.Path);
        JsonNode.DeepEquals(replayed.Json, original.Json).ShouldBeTrue($"replayed {replayed.Body}");
    }

    private static async Task<int> RunShell(string command, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(command);
        foreach (var (name, value) in environment)
            info.Environment[name] = value;
        using var process = Process.Start(info)!;
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
