using System.Text.Json.Nodes;
using MfaConformance.Client;
using MfaConformance.Client.Endpoints;
using MfaConformance.Explorer.Model;
using MfaConformance.Explorer.Tests.Support;
using static MfaConformance.Explorer.Tests.Support.ModelScript;
namespace MfaConformance.Explorer.Tests.Model;

/// <summary>
/// The model's predictions at the documented boundaries, from every side, and its "either" where the documentation is
/// silent or section 5 lists a conflict. No server: calls and answers are scripted.
/// </summary>
public sealed class ApiModelTests
{
    [Theory]
    [InlineData(295, Expectation.MustSucceed)]
    [InlineData(300, Expectation.Either)]
    [InlineData(301, Expectation.MustBeRefused)]
    public void MfaSession_AroundItsConfiguredLifetime_IsAcceptedBeforeRefusedAfterOpenAt(long seconds, Expectation expected)
    {
        var script = new ModelScript(new JsonObject { ["CONF_MFA_SESSION_EXPIRY_MINUTES"] = 5, ["CONF_MFA_TOKEN_SESSION_EXPIRY_MINUTES"] = 5 });
        var (_, t1, _) = script.FirstFactor();
        var m = script.MfaSession(t1);
        script.Clock(seconds);

        var prediction = script.Predict(ApiEndpoints.MfaOtpGenerate, With(Identity(), ("sessionId", m)));

        prediction.Expectation.ShouldBe(expected, prediction.Reason);
        if (expected != Expectation.Either)
        {
            prediction.RuleId.ShouldBe(RuleIds.SessionLifetime);
        }
    }

    [Fact]
    public void MfaSession_WhenItsTwoDocumentedKeysDiffer_IsOpenBetweenThem()
    {
        var script = new ModelScript(new JsonObject { ["CONF_MFA_SESSION_EXPIRY_MINUTES"] = 5, ["CONF_MFA_TOKEN_SESSION_EXPIRY_MINUTES"] = 10 });
        var (_, t1, _) = script.FirstFactor();
        var m = script.MfaSession(t1);
        script.Clock(7 * 60);

        script.Predict(ApiEndpoints.MfaOtpGenerate, With(Identity(), ("sessionId", m))).Expectation.ShouldBe(Expectation.Either);
        script.Clock(4 * 60);
        script.Predict(ApiEndpoints.MfaOtpGenerate, With(Identity(), ("sessionId", m))).Expectation.ShouldBe(Expectation.MustBeRefused);
    }

    [Theory]
    [InlineData(2, Expectation.MustSucceed)]
    [InlineData(3, Expectation.MustBeRefused)]
    [InlineData(4, Expectation.MustBeRefused)]
    public void PasswordAttempts_AroundTheConfiguredLimit_LockTheSessionExactlyAtIt(int wrong, Expectation expected)
    {
        var script = new ModelScript(new JsonObject { ["CONF_MFA_MAX_PASSWORD_RETRY_COUNT"] = 3 });
        var (_, t1, _) = script.FirstFactor();
        var m = script.MfaSession(t1);
        for (var i = 0; i < wrong; i++)
        {
            script.Predict(ApiEndpoints.MfaPasswordValidate, With(Identity(), ("sessionId", m), ("password", "Wr0ng!guess"))).Expectation.ShouldBe(Expectation.MustBeRefused);
        }

        var right = script.Predict(ApiEndpoints.MfaPasswordValidate, With(Identity(), ("sessionId", m), ("password", Password)));

        right.Expectation.ShouldBe(expected, right.Reason);
        right.RuleId.ShouldBe(RuleIds.AttemptLimit);
    }

    [Fact]
    public void AttemptLimit_WithoutAccountLocking_LocksOnlyThatSession()
    {
        var script = new ModelScript(new JsonObject { ["CONF_MFA_MAX_PASSWORD_RETRY_COUNT"] = 2 });
        var (_, t1, _) = script.FirstFactor();
        var m1 = script.MfaSession(t1);
        script.Predict(ApiEndpoints.MfaPasswordValidate, With(Identity(), ("sessionId", m1), ("password", "Wr0ng!guess")));
        script.Predict(ApiEndpoints.MfaPasswordValidate, With(Identity(), ("sessionId", m1), ("password", "Wr0ng!guess")));
        var m2 = script.MfaSession(t1);

        script.Predict(ApiEndpoints.MfaPasswordValidate, With(Identity(), ("sessionId", m2), ("password", Password))).Expectation.ShouldBe(Expectation.MustSucceed);
    }

    [Theory]
    [InlineData(595, Expectation.MustBeRefused)]
    [InlineData(601, Expectation.MustSucceed)]
    public void AccountLock_LastsExactlyTheConfiguredPeriodFromTheLockingAttempt(long after, Expectation expected)
    {
        var script = new ModelScript(new JsonObject
        {
            ["CONF_MFA_MAX_PASSWORD_RETRY_COUNT"] = 2,
            ["CONF_ENABLE_ACCOUNT_LOCKING_MFA"] = true,
            ["CONF_MFA_LOCK_PERIOD_IN_MINUTES"] = 10,
            ["CONF_MFA_SESSION_EXPIRY_MINUTES"] = 60,
            ["CONF_MFA_TOKEN_SESSION_EXPIRY_MINUTES"] = 60,
        });
        var (_, t1, _) = script.FirstFactor();
        var m1 = script.MfaSession(t1);
        script.Predict(ApiEndpoints.MfaPasswordValidate, With(Identity(), ("sessionId", m1), ("password", "Wr0ng!guess")));
        script.Clock(120);
        script.Predict(ApiEndpoints.MfaPasswordValidate, With(Identity(), ("sessionId", m1), ("password", "Wr0ng!guess")));
        script.Clock(after);
        var m2 = script.MfaSession(t1);

        var right = script.Predict(ApiEndpoints.MfaPasswordValidate, With(Identity(), ("sessionId", m2), ("password", Password)));

        right.Expectation.ShouldBe(expected, right.Reason);
        right.RuleId.ShouldBe(RuleIds.AccountLock);
    }

    [Theory]
    [InlineData("brand", "b", Expectation.Either)]
    [InlineData("brand", "B ", Expectation.MustBeRefused)]
    [InlineData("deviceId", "D1", Expectation.MustBeRefused)]
    [InlineData("deviceId", "d1x", Expectation.MustBeRefused)]
    [InlineData("identifierValue", " 919000000001", Expectation.MustBeRefused)]
    [InlineData("identifierValue", "91900000000", Expectation.MustBeRefused)]
    [InlineData("identifierType", "mobile", Expectation.Either)]
    [InlineData("identifierType", "EMAIL", Expectation.MustBeRefused)]
    public void IdentityFields_AreComparedExactly_ButForTheBrandsCaseAndTheIdentifierTypesCase(string field, string value, Expectation expected)
    {
        var script = new ModelScript();
        var (_, t1, _) = script.FirstFactor();
        var m = script.MfaSession(t1);

        var prediction = script.Predict(ApiEndpoints.MfaOtpGenerate, With(Identity(), ("sessionId", m), (field, value)));

        prediction.Expectation.ShouldBe(expected, prediction.Reason);
    }

    [Fact]
    public void SectionFive_PrimarySessionOnMfaOtp_PrimaryTokenOnChange_FirstTimeWithoutPassword_AreEither()
    {
        var script = new ModelScript();
        var (s, t1, _) = script.FirstFactor();
        script.Predict(ApiEndpoints.MfaOtpGenerate, With(Identity(), ("sessionId", s))).Expectation.ShouldBe(Expectation.Either, "#5");
        script.Predict(ApiEndpoints.MfaPasswordChange, With(Identity(), ("token", t1), ("password", Password), ("newPassword", "Passw0rd!new"), ("confirmPassword", "Passw0rd!new")))
            .Expectation.ShouldBe(Expectation.Either, "#4");

        var firstTime = new ModelScript(password: null);
        var (_, firstT1, _) = firstTime.FirstFactor();
        firstTime.Predict(ApiEndpoints.MfaTokenGenerate, With(Identity(), ("authorizedToken", firstT1))).Expectation.ShouldBe(Expectation.Either, "#1");
    }

    [Fact]
    public void FirstTimePassword_IsRegisteredOnlyByTheMfaOtpStep()
    {
        var script = new ModelScript(password: null);
        var (_, t1, _) = script.FirstFactor();
        var m = script.MfaSession(t1, password: "Passw0rd!new");
        script.Predict(ApiEndpoints.MfaPasswordValidate, With(Identity(), ("sessionId", m), ("password", "Passw0rd!new")))
            .RuleId.ShouldBe(RuleIds.FirstTimeOtpStep);
        var otp = script.RequestMfaOtp(m);
        script.Call(ApiEndpoints.MfaOtpValidate, With(Identity(), ("sessionId", m), ("otp", otp)), script.Success(token: "T2-x", key: "K2-x"));
        var m2 = script.MfaSession(t1);

        var afterOtp = script.Predict(ApiEndpoints.MfaPasswordValidate, With(Identity(), ("sessionId", m2), ("password", "Passw0rd!new")));

        afterOtp.Expectation.ShouldBe(Expectation.MustSucceed, afterOtp.Reason);
        afterOtp.RuleId.ShouldBe(RuleIds.FirstTimeOtpStep);
    }

    [Fact]
    public void Reset_NeedsTheCustomersOwnValidatedOtp_WhichSessionItTakesThenIsOpen()
    {
        var script = new ModelScript();
        var (_, t1, _) = script.FirstFactor();
        var m1 = script.MfaSession(t1);
        script.Predict(ApiEndpoints.MfaPasswordForget, With(Identity(), ("sessionId", m1), ("password", "Passw0rd!new"), ("confirmPassword", "Passw0rd!new")))
            .RuleId.ShouldBe(RuleIds.ForgetNeedsOtp);
        var otp = script.RequestMfaOtp(m1);
        script.Call(ApiEndpoints.MfaOtpValidate, With(Identity(), ("sessionId", m1), ("otp", otp)), script.Success(token: "T2-y", key: "K2-y"));
        var m2 = script.MfaSession(t1);

        var reset = script.Predict(ApiEndpoints.MfaPasswordForget, With(Identity(), ("sessionId", m2), ("password", "Passw0rd!new"), ("confirmPassword", "Passw0rd!new")));

        reset.Expectation.ShouldBe(Expectation.Either, "#9: the sequence 1.7 is our reading");
    }

    [Fact]
    public void Reset_WithConfSkipOtpValidateReset_MustSucceedWithoutTheOtp()
    {
        var script = new ModelScript(new JsonObject { ["CONF_SKIP_OTP_VALIDATE_RESET"] = true });
        var (_, t1, _) = script.FirstFactor();
        var m = script.MfaSession(t1);

        var reset = script.Predict(ApiEndpoints.MfaPasswordForget, With(Identity(), ("sessionId", m), ("password", "Passw0rd!new"), ("confirmPassword", "Passw0rd!new")));

        reset.Expectation.ShouldBe(Expectation.MustSucceed, reset.Reason);
        reset.RuleId.ShouldBe(RuleIds.ForgetNeedsOtp);
    }

    [Fact]
    public void AfterLogout_TheMfaTokenIsRefusedEverywhere()
    {
        var script = new ModelScript();
        var (_, t1, _) = script.FirstFactor();
        var (t2, _) = script.CompleteMfa(script.MfaSession(t1));
        script.Call(ApiEndpoints.MfaTokenExpire, With(Identity(), ("token", t2)), script.Success()).Expectation.ShouldBe(Expectation.MustSucceed);

        script.Predict(ApiEndpoints.MfaTokenExpire, With(Identity(), ("token", t2))).RuleId.ShouldBe(RuleIds.ExpireRevokes);
        script.Predict(ApiEndpoints.MfaPasswordChange, With(Identity(), ("token", t2), ("password", Password), ("newPassword", "Passw0rd!new"), ("confirmPassword", "Passw0rd!new")))
            .RuleId.ShouldBe(RuleIds.ExpireRevokes);
    }

    [Fact]
    public void ChangePassword_ToTheSameInAnotherCase_MustSucceed_ToTheSame_MustBeRefused()
    {
        var script = new ModelScript();
        var (_, t1, _) = script.FirstFactor();
        var (t2, _) = script.CompleteMfa(script.MfaSession(t1));
        var same = script.Predict(ApiEndpoints.MfaPasswordChange, With(Identity(), ("token", t2), ("password", Password), ("newPassword", Password), ("confirmPassword", Password)));
        same.RuleId.ShouldBe(RuleIds.NewDiffers);
        same.Expectation.ShouldBe(Expectation.MustBeRefused);

        var otherCase = script.Predict(ApiEndpoints.MfaPasswordChange, With(Identity(), ("token", t2), ("password", Password), ("newPassword", "pASSW0RD!OLD"), ("confirmPassword", "pASSW0RD!OLD")));

        otherCase.Expectation.ShouldBe(Expectation.MustSucceed, otherCase.Reason);
    }

    [Fact]
    public void Credentials_NeverIssued_AreRefused_AnIssuedOneInAnotherCaseIsOpen()
    {
        var script = new ModelScript();
        var (_, t1, _) = script.FirstFactor();
        var m = script.MfaSession(t1);

        script.Predict(ApiEndpoints.MfaOtpGenerate, With(Identity(), ("sessionId", m + "x"))).RuleId.ShouldBe(RuleIds.Credential);
        script.Predict(ApiEndpoints.MfaOtpGenerate, With(Identity(), ("sessionId", m.ToLowerInvariant()))).Expectation.ShouldBe(Expectation.Either);
    }

    [Fact]
    public void SuccessWithoutTheDocumentedKey_IsAContradictionOfKeyIssued()
    {
        var script = new ModelScript();
        var (_, t1, _) = script.FirstFactor();
        var m = script.MfaSession(t1);

        script.Call(ApiEndpoints.MfaPasswordValidate, With(Identity(), ("sessionId", m), ("password", Password)), script.Success(token: "T2-z"));

        script.Contradictions.ShouldHaveSingleItem().RuleId.ShouldBe(RuleIds.KeyIssued);
    }

    [Fact]
    public void AnOtpOfAnotherLength_ThanConfOtpLength_IsAContradictionOfOtpLength()
    {
        var script = new ModelScript(new JsonObject { ["CONF_OTP_LENGTH"] = 5 });

        script.FirstFactor();

        script.Contradictions.ShouldHaveSingleItem().RuleId.ShouldBe(RuleIds.OtpLength);
    }

    [Fact]
    public void OtpGenerationLimit_CountsPerMobileNumber_AndEndsWithTheWindow()
    {
        var script = new ModelScript(new JsonObject { ["otpMaxCount"] = 2, ["otpTimeOut"] = 10, ["CONF_MFA_SESSION_EXPIRY_MINUTES"] = 30, ["CONF_MFA_TOKEN_SESSION_EXPIRY_MINUTES"] = 30 });
        var (_, t1, _) = script.FirstFactor();
        var m = script.MfaSession(t1);
        script.RequestMfaOtp(m);
        script.Predict(ApiEndpoints.MfaOtpGenerate, With(Identity(), ("sessionId", m))).Expectation.ShouldBe(Expectation.Either, "the first-factor OTP may count too (#22)");
        var (_, otherT1, _) = script.FirstFactor(Other);
        script.Predict(ApiEndpoints.MfaOtpGenerate, With(Identity(Other), ("sessionId", script.MfaSession(otherT1, Other)))).Expectation.ShouldBe(Expectation.MustSucceed);
        script.Call(ApiEndpoints.MfaOtpGenerate, With(Identity(), ("sessionId", m)), script.Success());

        script.Predict(ApiEndpoints.MfaOtpGenerate, With(Identity(), ("sessionId", m))).RuleId.ShouldBe(RuleIds.OtpGenerationLimit);
        script.Clock(10 * 60 + 1);
        script.Predict(ApiEndpoints.MfaOtpGenerate, With(Identity(), ("sessionId", m))).Expectation.ShouldBe(Expectation.MustSucceed);
    }
}
