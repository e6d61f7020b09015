using System.Security.Cryptography;
using System.Text;
using MfaConformance.Cli.Accept;
using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests.Accept;

public sealed class BundleManifestTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Write_Files_ListsEachWithItsSha256SortedAndNotItself()
    {
        _folder.Write("b.txt", "bravo");
        _folder.Write("a/z.json", "{}");

        var manifest = BundleManifest.Write(_folder.Path);

        var lines = File.ReadAllLines(manifest);
        lines.ShouldBe([$"{Sha("{}")}  a/z.json", $"{Sha("bravo")}  b.txt"]);
    }

    [Fact]
    public void Write_Twice_DoesNotListThePreviousManifest()
    {
        _folder.Write("a.txt", "alpha");
        BundleManifest.Write(_folder.Path);

        var lines = File.ReadAllLines(BundleManifest.Write(_folder.Path));

        lines.ShouldHaveSingleItem().ShouldEndWith("  a.txt");
    }

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
