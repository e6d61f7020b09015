using MfaConformance.StepDefinitions.Drivers;
namespace MfaConformance.StepDefinitions.Tests.Drivers;

public sealed class OtpDriverTests
{
    [Fact]
    public void MakeWrong_NothingSeen_SixDigitsOfTheDefaultLength()
    {
        var wrong = OtpDriver.MakeWrong([]);

        wrong.Length.ShouldBe(6);
        wrong.ShouldAllBe(c => char.IsAsciiDigit(c));
    }

    [Fact]
    public void MakeWrong_SeenOtps_SameLengthDigitsAndDifferentFromEvery()
    {
        string[] seen = ["0418", "1529", "2630"];

        var wrong = OtpDriver.MakeWrong(seen);

        wrong.Length.ShouldBe(4);
        wrong.ShouldAllBe(c => char.IsAsciiDigit(c));
        seen.ShouldNotContain(wrong);
    }
}
