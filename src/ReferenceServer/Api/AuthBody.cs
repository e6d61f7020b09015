namespace MfaConformance.ReferenceServer.Api;

/// <summary>The <c>auth</c> part of a token-bearing response. Carries secrets: ToString redacts them.</summary>
internal sealed record AuthBody(string Token, string? Key)
{
    public override string ToString() => "AuthBody { Token = ***, Key = " + (Key is null ? "null" : "***") + " }";

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Token = ***");
        return true;
    }
}
