using MfaConformance.ReferenceServer.Hosting;

namespace MfaConformance.ReferenceServer.Tests.Hosting;

public sealed class CommandLineTests
{
    [Fact]
    public void Parse_AllOptions_FillsOptions()
    {
        var result = CommandLine.Parse(["--urls", "http://127.0.0.1:5080", "--db", "x.db", "--hooks", "off", "--mutant", "accept-any-otp", "--fixed-otp", "123456", "--hash-iterations", "10"]);
        result.Options.Urls.ShouldBe("http://127.0.0.1:5080");
        result.Options.DbPath.ShouldBe("x.db");
        result.Options.EnableHooks.ShouldBeFalse();
        result.Options.Mutant.ShouldBe("accept-any-otp");
        result.Options.FixedOtp.ShouldBe("123456");
        result.Options.PasswordHashIterations.ShouldBe(10);
    }

    [Fact]
    public void Parse_NoArguments_HooksOnAndFreePort()
    {
        var result = CommandLine.Parse([]);
        result.Options.EnableHooks.ShouldBeTrue();
        result.Options.Urls.ShouldBe("http://127.0.0.1:0");
        result.ShowHelp.ShouldBeFalse();
    }

    [Fact]
    public void Parse_NoHooksAndInlineValue_Works()
    {
        var result = CommandLine.Parse(["--no-hooks", "--urls=http://127.0.0.1:6000"]);
        result.Options.EnableHooks.ShouldBeFalse();
        result.Options.Urls.ShouldBe("http://127.0.0.1:6000");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Parse_Help_AsksForHelp(string arg) => CommandLine.Parse([arg]).ShowHelp.ShouldBeTrue();

    [Fact]
    public void Parse_ListMutants_AsksForList() => CommandLine.Parse(["--list-mutants"]).ListMutants.ShouldBeTrue();

    [Theory]
    [InlineData(new[] { "--bogus" }, "--bogus")]
    [InlineData(new[] { "--mutant", "no-such-mutant" }, "no-such-mutant")]
    [InlineData(new[] { "--hooks", "maybe" }, "--hooks")]
    [InlineData(new[] { "--fixed-otp", "12ab" }, "fixed-otp")]
    [InlineData(new[] { "--urls", "not a url" }, "urls")]
    [InlineData(new[] { "--db" }, "--db")]
    [InlineData(new[] { "--hash-iterations", "many" }, "--hash-iterations")]
    public void Parse_BadOption_ThrowsNamingIt(string[] args, string expected)
    {
        var ex = Should.Throw<Exception>(() => CommandLine.Parse(args));
        (ex is FormatException or ArgumentException).ShouldBeTrue();
        ex.Message.ShouldContain(expected);
    }

    [Fact]
    public void Options_ToString_HidesFixedOtp()
    {
        var options = new ReferenceServerOptions { FixedOtp = "654321" };
        options.ToString().ShouldNotContain("654321");
    }
}
