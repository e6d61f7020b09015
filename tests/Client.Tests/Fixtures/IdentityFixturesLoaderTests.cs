using MfaConformance.Client.Fixtures;
namespace MfaConformance.Client.Tests.Fixtures;

public sealed class IdentityFixturesLoaderTests
{
    [Fact]
    public void Parse_ValidFile_ReadsBrandAndCustomers()
    {
        var fixtures = IdentityFixturesLoader.Parse("""
            {"brand":"ACME","customers":[
              {"identifierType":"MOBILE","identifierValue":"919800000001","password":null,"deviceId":"dev-1"},
              {"identifierType":"EMAIL","identifierValue":"a@b.c","password":"Known-Pass-1","reusable":true},
            ]}
            """);

        fixtures.Brand.ShouldBe("ACME");
        fixtures.Customers.Count.ShouldBe(2);
        fixtures.Customers[0].ShouldBe(new IdentityFixture("MOBILE", "919800000001", null, "dev-1"));
        fixtures.Customers[1].IsReturningCustomer.ShouldBeTrue();
        fixtures.Customers[1].Reusable.ShouldBeTrue();
    }

    [Theory]
    [InlineData("""{"customers":[]}""", "fixtures: brand is missing or empty")]
    [InlineData("""{"brand":"A"}""", "fixtures: 'customers' must be an array")]
    [InlineData("""{"brand":"A","customers":[]}""", "'customers' is empty")]
    [InlineData("""{"brand":"A","customers":[{"identifierValue":"1"}]}""", "customers[0].identifierType is missing or empty")]
    [InlineData("""{"brand":"A","customers":[{"identifierType":"PHONE","identifierValue":"1"}]}""", "customers[0].identifierType 'PHONE' is not one of MOBILE, EMAIL, USERNAME, EXTERNALID")]
    [InlineData("""{"brand":"A","customers":[{"identifierType":"MOBILE","identifierValue":"1"},{"identifierType":"MOBILE"}]}""", "customers[1].identifierValue is missing")]
    [InlineData("""{"brand":"A","customers":[{"identifierType":"MOBILE","identifierValue":1}]}""", "customers[0].identifierValue must be a string, got number")]
    [InlineData("""{"brand":"A","customers":[{"identifierType":"MOBILE","identifierValue":"1","password":""}]}""", "customers[0].password is empty")]
    [InlineData("""{"brand":"A","customers":[{"identifierType":"MOBILE","identifierValue":"1","reusable":"yes"}]}""", "customers[0].reusable must be true or false")]
    [InlineData("""{"brand":"A","customers":[{"identifierType":"MOBILE","identifierValue":"1"},{"identifierType":"MOBILE","identifierValue":"1"}]}""", "MOBILE 1 appears more than once")]
    [InlineData("""{"brand":"A","customers":[1]}""", "customers[0] must be an object")]
    [InlineData("""{"brand":"A",""", "fixtures: not valid JSON (line 1")]
    [InlineData("[]", "expected a JSON object")]
    public void Parse_BadContent_ErrorNamesTheField(string json, string expected)
    {
        var ex = Should.Throw<FixtureFormatException>(() => IdentityFixturesLoader.Parse(json));

        ex.Message.ShouldContain(expected);
    }

    [Fact]
    public void Parse_UsernameCustomerWithMobile_KeepsTheMobile()
    {
        var fixtures = IdentityFixturesLoader.Parse("""
            {"brand":"ACME","customers":[{"identifierType":"USERNAME","identifierValue":"jdoe","password":"x1","mobile":"919800000001"}]}
            """);

        fixtures.Customers.ShouldHaveSingleItem().Mobile.ShouldBe("919800000001");
    }

    [Fact]
    public void Parse_MobileOfTheWrongType_ErrorNamesTheField()
    {
        var ex = Should.Throw<FixtureFormatException>(() => IdentityFixturesLoader.Parse("""
            {"brand":"ACME","customers":[{"identifierType":"USERNAME","identifierValue":"jdoe","mobile":919800000001}]}
            """));

        ex.Message.ShouldContain("customers[0].mobile");
    }

    [Fact]
    public void Parse_BadPasswordType_MessageDoesNotContainOtherPasswords()
    {
        var ex = Should.Throw<FixtureFormatException>(() => IdentityFixturesLoader.Parse(
            """{"brand":"A","customers":[{"identifierType":"MOBILE","identifierValue":"1","password":"Visible-Pass-1"},{"identifierType":"X","identifierValue":"2"}]}"""));

        ex.Message.ShouldNotContain("Visible-Pass-1");
    }

    [Fact]
    public void Load_MissingFile_ErrorNamesThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-fixtures-{Guid.NewGuid():N}.json");

        var ex = Should.Throw<FixtureFormatException>(() => IdentityFixturesLoader.Load(path));

        ex.Message.ShouldStartWith(path);
    }

    [Fact]
    public void Load_File_ErrorsCarryFileName()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fixtures-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"brand":"","customers":[]}""");
        try
        {
            Should.Throw<FixtureFormatException>(() => IdentityFixturesLoader.Load(path)).Message.ShouldStartWith(path + ": brand");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
