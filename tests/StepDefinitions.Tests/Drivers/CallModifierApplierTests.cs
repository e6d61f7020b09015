using MfaConformance.Client;
using MfaConformance.Client.Endpoints;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Drivers;
using MfaConformance.StepDefinitions.Parameters;
namespace MfaConformance.StepDefinitions.Tests.Drivers;

public sealed class CallModifierApplierTests
{
    private static (CallModifierApplier Applier, MfaCustomer Customer) Create()
    {
        var customer = new MfaCustomer("ACME", "MOBILE", "9100", null, "p");
        customer.Flow.FirstFactorSession = "S";
        customer.Flow.FirstFactorToken = "T1";
        customer.Flow.MfaToken = "T2-token-value";
        var other = new MfaCustomer("ACME", "EMAIL", "o@example.test", null, "p");
        other.Flow.MfaKey = "K2-other";
        return (new CallModifierApplier(new CustomerContext { Customer = customer, OtherCustomer = other }), customer);
    }

    private static RequestDraft Draft(string? credentialField = "token") =>
        new RequestDraft(ApiEndpoints.MfaPasswordChange, credentialField)
            .Set("identifierType", "MOBILE").Set("identifierValue", "9100").Set("deviceId", "d1").Set("brand", "ACME").Set("token", "T2-token-value");

    [Fact]
    public void Apply_IdentityModifiers_ReplaceDeviceBrandAndIdentifier()
    {
        var (applier, _) = Create();
        var draft = Draft();

        applier.Apply(draft, new CallModifiers { Device = "other-device", Brand = "acme", OtherCustomersIdentifier = true });

        var body = draft.Build();
        body["deviceId"]!.GetValue<string>().ShouldBe("other-device");
        body["brand"]!.GetValue<string>().ShouldBe("acme");
        body["identifierType"]!.GetValue<string>().ShouldBe("EMAIL");
        body["identifierValue"]!.GetValue<string>().ShouldBe("o@example.test");
    }

    [Theory]
    [InlineData(CredentialReference.FirstFactorToken, "token", "T1")]
    [InlineData(CredentialReference.FirstFactorSession, "sessionId", "S")]
    [InlineData(CredentialReference.OtherCustomersMfaKey, "token", "K2-other")]
    public void Apply_ACredential_ReplacesTheActionsCredentialOrSession(CredentialReference credential, string field, string expected)
    {
        var (applier, _) = Create();
        var draft = Draft();

        applier.Apply(draft, new CallModifiers { Credential = credential });

        draft.Build()[field]!.GetValue<string>().ShouldBe(expected);
    }

    [Fact]
    public void Apply_ATamperedToken_DiffersFromT2InOneCharacter()
    {
        var (applier, customer) = Create();
        var draft = Draft();

        applier.Apply(draft, new CallModifiers { Credential = CredentialReference.TamperedMfaToken });

        var sent = draft.Build()["token"]!.GetValue<string>();
        sent.ShouldNotBe(customer.Flow.MfaToken);
        sent.Zip(customer.Flow.MfaToken!).Count(p => p.First != p.Second).ShouldBe(1);
    }

    [Fact]
    public void Apply_FieldEdits_RemoveOrSetInOrder()
    {
        var (applier, _) = Create();
        var draft = Draft();

        applier.Apply(draft, new CallModifiers { FieldEdits = [new FieldEdit("deviceId", null), new FieldEdit("brand", string.Empty), new FieldEdit("identifierType", "PHONE")] });

        var body = draft.Build();
        body.ContainsKey("deviceId").ShouldBeFalse();
        body["brand"]!.GetValue<string>().ShouldBe(string.Empty);
        body["identifierType"]!.GetValue<string>().ShouldBe("PHONE");
    }

    [Fact]
    public void Apply_ACredentialOnACallWithoutOne_ThrowsNamingTheCall()
    {
        var (applier, _) = Create();

        var error = Should.Throw<InvalidOperationException>(() => applier.Apply(Draft(credentialField: null), new CallModifiers { Credential = CredentialReference.FirstFactorKey }));

        error.Message.ShouldContain("mfa/password/change sends no token or key");
    }
}
