namespace MfaConformance.ReferenceServer.Storage;

/// <summary>A customer row. Hashes are not secrets in themselves but are still kept out of ToString.</summary>
internal sealed record StoredCustomer(string Brand, string IdentifierType, string IdentifierValue, string? PrimaryHash, string? MfaHash)
{
    public override string ToString() => $"StoredCustomer {{ {Brand}/{IdentifierType} }}";

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(Brand);
        return true;
    }
}
