using MfaConformance.ReferenceServer.Api;
using MfaConformance.ReferenceServer.Flows;

namespace MfaConformance.ReferenceServer.Endpoints;

/// <summary>The first-factor endpoints, mobile (<c>/auth/v1/...</c>) and web (<c>/auth/v1/web/...</c>).</summary>
internal static class FirstFactorEndpoints
{
    public static IEndpointRouteBuilder MapFirstFactorEndpoints(this IEndpointRouteBuilder app)
    {
        foreach (var (prefix, web) in new[] { ("/auth/v1", false), ("/auth/v1/web", true) })
        {
            app.MapPost($"{prefix}/token/generate", web ? GenerateTokenWeb : GenerateToken);
            app.MapPost($"{prefix}/otp/generate", web ? GenerateOtpWeb : GenerateOtp);
            app.MapPost($"{prefix}/otp/validate", web ? ValidateOtpWeb : ValidateOtp);
            app.MapPost($"{prefix}/password/validate", web ? ValidatePasswordWeb : ValidatePassword);
            app.MapPost($"{prefix}/token/regenerate", web ? RegenerateTokenWeb : RegenerateToken);
        }

        app.MapPost("/auth/v1/password/change", ChangePassword);
        return app;
    }

    private static Task<IResult> GenerateToken(HttpContext context, FirstFactorFlow flow) =>
        ApiHandler.RunAsync(context, body => flow.GenerateToken(body, web: false));

    private static Task<IResult> GenerateTokenWeb(HttpContext context, FirstFactorFlow flow) =>
        ApiHandler.RunAsync(context, body => flow.GenerateToken(body, web: true));

    private static Task<IResult> GenerateOtp(HttpContext context, FirstFactorFlow flow) =>
        ApiHandler.RunAsync(context, body => flow.GenerateOtp(body, web: false));

    private static Task<IResult> GenerateOtpWeb(HttpContext context, FirstFactorFlow flow) =>
        ApiHandler.RunAsync(context, body => flow.GenerateOtp(body, web: true));

    private static Task<IResult> ValidateOtp(HttpContext context, FirstFactorFlow flow) =>
        ApiHandler.RunAsync(context, body => flow.ValidateOtp(body, web: false));

    private static Task<IResult> ValidateOtpWeb(HttpContext context, FirstFactorFlow flow) =>
        ApiHandler.RunAsync(context, body => flow.ValidateOtp(body, web: true));

    private static Task<IResult> ValidatePassword(HttpContext context, FirstFactorFlow flow) =>
        ApiHandler.RunAsync(context, body => flow.ValidatePassword(body, web: false));

    private static Task<IResult> ValidatePasswordWeb(HttpContext context, FirstFactorFlow flow) =>
        ApiHandler.RunAsync(context, body => flow.ValidatePassword(body, web: true));

    private static Task<IResult> RegenerateToken(HttpContext context, FirstFactorFlow flow) =>
        ApiHandler.RunAsync(context, body => flow.RegenerateToken(body, web: false));

    private static Task<IResult> RegenerateTokenWeb(HttpContext context, FirstFactorFlow flow) =>
        ApiHandler.RunAsync(context, body => flow.RegenerateToken(body, web: true));

    private static Task<IResult> ChangePassword(HttpContext context, MfaPasswordFlow flow) =>
        ApiHandler.RunAsync(context, flow.ChangeAlias);
}
