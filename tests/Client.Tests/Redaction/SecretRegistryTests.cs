using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Tests.Redaction;

public sealed class SecretRegistryTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    public void Register_TooShortOrBlank_Ignored(string? value)
    {
        var registry = new SecretRegistry();

        registry.Register(value);

        registry.Count.ShouldBe(0);
    }

    [Fact]
    public void Redact_OverlappingSecrets_LongestFirst()
    {
        var registry = new SecretRegistry();
        registry.Register("abcd");
        registry.Register("abcdefgh");

        registry.Redact("x abcdefgh y abcd").ShouldBe("x *** y ***");
    }

    [Fact]
    public void Register_BeyondCapacity_StopsGrowing()
    {
        var registry = new SecretRegistry(capacity: 2);

        registry.Register("one-1");
        registry.Register("two-2");
        registry.Register("three-3");

        registry.Count.ShouldBe(2);
    }

    [Fact]
    public void Register_ConcurrentCallers_AllKept()
    {
        var registry = new SecretRegistry();

        Parallel.For(0, 500, i => registry.Register($"secret-{i:D4}"));

        registry.Count.ShouldBe(500);
        registry.Redact("secret-0042").ShouldBe("***");
    }

    [Fact]
    public void Register_CapacityZero_TracksNothing()
    {
        var registry = new SecretRegistry(capacity: 0);

        registry.Register("some-secret");

        registry.Redact("some-secret").ShouldBe("some-secret");
    }

    [Fact]
    public void Redact_SecretAddedAfterEarlierRedaction_AlsoMasked()
    {
        var registry = new SecretRegistry();
        registry.Register("first-secret");
        registry.Redact("first-secret").ShouldBe("***");

        registry.Register("second-secret");

        registry.Redact("first-secret second-secret").ShouldBe("*** ***");
    }
}
