namespace MfaConformance.Explorer.Model;

/// <summary>
/// What a successful answer must carry (documented response fields): a session, a token, and a key or none. Checked on
/// every success of the call, whatever was predicted, because a documented success hands these on.
/// </summary>
/// <param name="Session">user.sessionId is a non-empty string (E1, E8).</param>
/// <param name="Token">auth.token is a non-empty string (E3, E5, E10, E11, E14).</param>
/// <param name="Key">true: auth.key is a non-empty string; false: it is null or absent; null: not checked.</param>
/// <param name="KeyRule">The rule the key expectation comes from (key-issued).</param>
public sealed record ResponseContract(bool Session = false, bool Token = false, bool? Key = null, string KeyRule = RuleIds.KeyIssued)
{
    public static readonly ResponseContract None = new();
}
