namespace MfaConformance.ReferenceServer.State;

/// <summary>
/// Brand names compare without regard to case (control-plane.md; the token's <c>org</c> claim is upper-cased), but
/// only ASCII letters are folded: <c>ToUpperInvariant</c> would turn the long s <c>ſ</c> into <c>S</c> and the dotless
/// <c>ı</c> into <c>I</c>, so a lookalike name would resolve to another brand. Every other character compares ordinally.
/// </summary>
internal static class BrandNames
{
    public static string Normalize(string brand)
    {
        ArgumentNullException.ThrowIfNull(brand);
        if (!brand.AsSpan().ContainsAnyInRange('a', 'z'))
        {
            return brand;
        }

        return string.Create(brand.Length, brand, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsAsciiLetterLower(source[i]) ? (char)(source[i] - ('a' - 'A')) : source[i];
            }
        });
    }
}
