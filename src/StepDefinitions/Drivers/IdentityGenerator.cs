using System.Globalization;
using Bogus;

namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>
/// Generated identities: a Faker seeded with the run seed and a run-unique counter, so parallel scenarios never
/// collide and a run can be repeated with the same seed.
/// </summary>
public static class IdentityGenerator
{
    public static readonly IReadOnlyList<string> IdentifierTypes = ["MOBILE", "EMAIL", "USERNAME"];

    /// <summary>(identifierValue, mobile for USERNAME) of the given type; <paramref name="sequence"/> makes it unique in the run.</summary>
    public static (string Value, string? Mobile) Generate(string identifierType, int seed, long sequence)
    {
        // A Faker (its locale data sets) costs far more than a Randomizer: build it only when names are needed.
        var random = new Randomizer(unchecked(seed + (int)sequence));
        var unique = sequence.ToString("D6", CultureInfo.InvariantCulture);
        var mobile = "91" + random.ReplaceNumbers("####") + unique;
        Faker Names() => new("en") { Random = random };
        return identifierType switch
        {
            "MOBILE" => (mobile, null),
            "EMAIL" when Names() is var faker => ($"{Slug(faker.Name.FirstName())}.{Slug(faker.Name.LastName())}.{unique}@example.test", null),
            "USERNAME" when Names() is var faker => ($"{Slug(faker.Internet.UserName())}_{unique}", mobile),
            _ => throw new ArgumentException(
                $"identifierType '{identifierType}' cannot be generated; expected one of {string.Join(", ", IdentifierTypes)}", nameof(identifierType)),
        };
    }

    private static string Slug(string text) =>
        new string([.. text.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]) is { Length: > 0 } slug ? slug : "user";
}
