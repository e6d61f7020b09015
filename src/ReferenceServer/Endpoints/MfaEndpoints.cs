using MfaConformance.ReferenceServer.Api;
using MfaConformance.ReferenceServer.Flows;

namespace MfaConformance.ReferenceServer.Endpoints;

/// <summary>The MFA endpoints (<c>/auth/v1/mfa/...</c>).</summary>
internal static class MfaEndpoints
{
    public static IEndpointRouteBuilder MapMfaEndpoints(this IEndpointRouteBuilder app)
    {
        var mfa = app.MapGroup("/auth/v1/mfa");
        mfa.MapPost("/token/generate", GenerateToken);
        mfa.MapPost("/otp/generate", GenerateOtp);
        mfa.MapPost("/otp/validate", ValidateOtp);
        mfa.MapPost("/password/validate", ValidatePassword);
        mfa.MapMethods("/password/forget", ["POST", "GET"], ForgetPassword);
        mfa.MapPost("/password/change", ChangePassword);
        mfa.MapPost("/token/regenerate", RegenerateToken);
        mfa.MapMethods("/token/expire", ["DELETE", "POST"], ExpireToken);
        return app;
    }

    private static Task<IResult> GenerateToken(HttpContext context, MfaSessionFlow flow) => ApiHandler.RunAsync(context, flow.GenerateToken);

    private static Task<IResult> GenerateOtp(HttpContext context, MfaSessionFlow flow) => ApiHandler.RunAsync(context, flow.GenerateOtp);

    private static Task<IResult> ValidateOtp(HttpContext context, MfaSessionFlow flow) => ApiHandler.RunAsync(context, flow.ValidateOtp);

    private static Task<IResult> ValidatePassword(HttpContext context, MfaPasswordFlow flow) => ApiHandler.RunAsync(context, flow.Validate);

    private static Task<IResult> ForgetPassword(HttpContext context, MfaPasswordFlow flow) => ApiHandler.RunAsync(context, flow.Forget);

    private static Task<IResult> ChangePassword(HttpContext context, MfaPasswordFlow flow) => ApiHandler.RunAsync(context, flow.Change);

    private static Task<IResult> RegenerateToken(HttpContext context, MfaTokenFlow flow) => ApiHandler.RunAsync(context, flow.Regenerate);

    private static Task<IResult> ExpireToken(HttpContext context, MfaTokenFlow flow) =>
        ApiHandler.RunAsync(context, body => flow.Expire(body, HttpMethods.IsPost(context.Request.Method)));
}
