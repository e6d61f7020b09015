namespace MfaConformance.LoadEngine.Tests;

public sealed class ResponseTests
{
    [Fact]
    public void Ok_SizeBytes_CountsAsReceived()
    {
        var response = Response.Ok(statusCode: "200", sizeBytes: 512, bytesSent: 64);

        response.IsError.ShouldBeFalse();
        response.BytesReceived.ShouldBe(512);
        response.BytesSent.ShouldBe(64);
    }

    [Fact]
    public void Fail_LongMessage_IsTruncatedTo300Characters()
    {
        var response = Response.Fail(statusCode: "400", message: new string('m', 400), errorCode: "1505");

        response.IsError.ShouldBeTrue();
        response.Message!.Length.ShouldBe(300);
        response.ErrorCode.ShouldBe("1505");
    }

    [Fact]
    public void ToString_Always_LeavesTheMessageOut()
    {
        var response = Response.Fail(message: "password=hunter2");

        response.ToString().ShouldNotContain("hunter2");
    }
}
