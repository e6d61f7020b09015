namespace MfaConformance.ReferenceServer.Api;

/// <summary>A documented API error. The message never carries a secret value, only field names.</summary>
internal sealed class ApiException : Exception
{
    public ApiException(int code, string? detail = null)
        : base(detail is null ? ErrorCodes.MessageFor(code) : $"{ErrorCodes.MessageFor(code).TrimEnd('.')}: {detail}")
    {
        Code = code;
        HttpStatus = StatusCodes.Status400BadRequest;
    }

    private ApiException(int code, string detail, int httpStatus)
        : this(code, detail) => HttpStatus = httpStatus;

    public int Code { get; }

    public int HttpStatus { get; }

    public static ApiException InvalidDetails(string detail) => new(ErrorCodes.InvalidDetails, detail);

    public static ApiException TooLarge(int limit) =>
        new(ErrorCodes.InvalidDetails, $"request body exceeds {limit} bytes", StatusCodes.Status413PayloadTooLarge);
}
