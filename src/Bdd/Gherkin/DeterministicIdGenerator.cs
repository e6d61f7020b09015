using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gherkin.CucumberMessages;

namespace MfaConformance.Bdd.Gherkin;

/// <summary>
/// Ids for the Gherkin document and pickle messages of one feature: a prefix derived from the file's uri and a
/// counter, so they are the same from run to run and distinct between features of one run (Reqnroll's generator
/// does the same at build time; its run-time generator is random).
/// </summary>
internal sealed class DeterministicIdGenerator(string uri) : IIdGenerator
{
    private readonly string _prefix = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(uri)))[..8];
    private int _next;

    public string GetNewId() => string.Create(CultureInfo.InvariantCulture, $"{_prefix}-{_next++}");
}
