using MfaConformance.StepDefinitions.Drivers;
namespace MfaConformance.StepDefinitions.Tests.Drivers;

public sealed class IdentityGeneratorTests
{
    [Theory]
    [InlineData("MOBILE")]
    [InlineData("EMAIL")]
    [InlineData("USERNAME")]
    public void Generate_ManySequences_EveryValueUnique(string identifierType)
    {
        var values = Enumerable.Range(1, 500).Select(i => IdentityGenerator.Generate(identifierType, 42, i).Value).ToArray();

        values.Distinct(StringComparer.Ordinal).Count().ShouldBe(values.Length);
    }

    [Fact]
    public void Generate_SameSeedAndSequence_SameIdentity()
    {
        IdentityGenerator.Generate("EMAIL", 7, 3).ShouldBe(IdentityGenerator.Generate("EMAIL", 7, 3));
    }

    [Fact]
    public void Generate_Username_AlsoGivesAMobileForTheFirstFactor()
    {
        var (value, mobile) = IdentityGenerator.Generate("USERNAME", 1, 1);

        value.ShouldNotBeNullOrWhiteSpace();
        mobile.ShouldNotBeNull();
        mobile.ShouldAllBe(c => char.IsAsciiDigit(c));
    }

    [Fact]
    public void Generate_AnUnknownType_ThrowsNamingTheKnownOnes()
    {
        var error = Should.Throw<ArgumentException>(() => IdentityGenerator.Generate("PHONE", 1, 1));

        error.Message.ShouldContain("'PHONE'");
        error.Message.ShouldContain("MOBILE, EMAIL, USERNAME");
    }
}
