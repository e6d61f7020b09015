namespace MfaConformance.Explorer.Model;

/// <summary>The MFA token's regeneration and expiry (logout) (spec 1.9, 1.10; E14, E15).</summary>
public sealed partial class ApiModel
{
    /// <summary>E14 mfa/token/regenerate with K2: a new T2 without the first factor (S8).</summary>
    private Assessment AssessMfaTokenRegenerate(ObservedCall call)
    {
        var judgement = new Judgement();
        CheckMandatory(judgement, call, [.. IdentityFields, "key"]);
        var key = ResolveCredential(judgement, call, "key");
        if (CheckKind(judgement, key, "key", CredentialKind.MfaKey) && key is not null)
        {
            ConfigFor(judgement, key);
            CheckIdentity(judgement, call, key);
            CheckLifetime(judgement, key, call.At, RuleIds.KeyLifetime);
            CheckEnded(judgement, key);
            CiteKeyAge(judgement, key, call.At);
        }

        return new Assessment(call, judgement.Conclude(new ResponseContract(Token: true)), answer =>
        {
            if (key is null)
            {
                return;
            }

            var owner = key.Owner;
            var config = ConfigOf(owner) ?? new BrandConfig();
            var life = config.MfaTokenExpiryMinutes * 60.0;
            var token = Issue(CredentialKind.MfaToken, answer.Token!, owner, key.Bound, call.At, (life, life));
            Supersede(token);
            if (answer.Key is { } rotated)
            {
                // the example answers key null; a target that rotates keys may end the old one
                key.MayHaveEnded("the regeneration answered a new key: whether the old one still works is not documented");
                var keyLife = config.KeyExpiryEnabled ? config.MfaKeyExpiryMinutes * 60.0 : (double?)null;
                Issue(CredentialKind.MfaKey, rotated, owner, key.Bound, call.At, keyLife is { } k ? (k, k) : null);
            }
        });
    }

    /// <summary>E15 mfa/token/expire (DELETE with a body; POST per the resource table, #7): afterwards T2 is refused everywhere.</summary>
    private Assessment AssessTokenExpire(ObservedCall call, bool byPost)
    {
        var judgement = new Judgement();
        CheckMandatory(judgement, call, [.. IdentityFields, "token"]);
        if (byPost)
        {
            judgement.SuccessIsOpen("#7: the resource table says POST, the page and the OpenAPI say DELETE; a target may take one method only");
        }

        var token = ResolveCredential(judgement, call, "token");
        var usable = CheckKind(judgement, token, "token", CredentialKind.MfaToken, (CredentialKind.FirstFactorToken, "#4 (the page's example token is a primary token)"));
        if (token is { Kind: CredentialKind.FirstFactorToken })
        {
            judgement.SuccessIsOpen("#4: a primary token where the MFA token is documented");
        }

        if (token is not null && usable)
        {
            ConfigFor(judgement, token);
            CheckIdentity(judgement, call, token);
            CheckLifetime(judgement, token, call.At, RuleIds.TokenLifetime);
            CheckEnded(judgement, token);
        }

        return new Assessment(call, judgement.Conclude(ResponseContract.None), _ =>
        {
            if (token is null)
            {
                return;
            }

            token.Revoked = true;
            MayEndAll(token.Owner, "a logout: whether it ends the customer's other tokens and keys is not documented (§5.B)", token);
        });
    }
}
