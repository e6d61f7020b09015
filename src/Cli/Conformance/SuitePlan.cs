using System.Globalization;
using MfaConformance.Bdd;
using MfaConformance.Bdd.Gherkin;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Targets.Settings;
using MfaConformance.Targets.Suite;
namespace MfaConformance.Cli.Conformance;

/// <summary>
/// The suite one run executes, settled before the target is touched: its source (folder and content hash), its
/// Reqnroll options (tag filter, report folder) and how many scenarios the selection holds.
/// </summary>
/// <param name="FeaturesFolder">The features the settings name (suite.features); null: the tool's own.</param>
internal sealed record SuitePlan(string? FeaturesFolder, SuiteSource Source, BddOptions Bdd, int Total, int Selected, string? Tags)
{
    /// <summary>Reads the suite and applies the selection; throws (exit 2) on a bad tag expression or an unreadable feature.</summary>
    public static SuitePlan Create(HarnessSettings settings, VerifyRunOptions options, string reportsSubfolder)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        var featuresFolder = settings.FeaturesFolder;
        var bdd = SuiteLocator.LoadOptions(featuresFolder);
        var source = SuiteLocator.SourceOf(featuresFolder);
        if (!string.IsNullOrWhiteSpace(options.Tags))
        {
            TagExpression.Parse(options.Tags);
            bdd.TagFilter = string.IsNullOrWhiteSpace(bdd.TagFilter) ? options.Tags : $"({bdd.TagFilter}) and ({options.Tags})";
        }

        bdd.OutputFolder = Path.GetFullPath(Path.Combine(settings.ReportsFolder, reportsSubfolder));
        bdd.ReportProperties["suite.source"] = source.Folder;
        bdd.ReportProperties["suite.hash"] = source.Hash;
        bdd.ReportProperties["suite.featureFiles"] = source.FeatureFiles.ToString(CultureInfo.InvariantCulture);
        bdd.ReportProperties["suite.shipped"] = source.Shipped ? "true" : "false";
        var pickles = BddRun.ReadPickles(bdd);
        var filter = bdd.TagFilter is { Length: > 0 } f ? TagExpression.Parse(f) : null;
        var selected = pickles.Count(p => filter?.Evaluate(p.Tags) ?? true);
        bdd.ReportProperties["suite.selected"] = selected.ToString(CultureInfo.InvariantCulture);
        return new SuitePlan(featuresFolder, source, bdd, pickles.Count, selected, string.IsNullOrWhiteSpace(options.Tags) ? null : options.Tags);
    }

    /// <summary>"Suite: the tool's suite /repo/features (17 feature files, sha256:...); 7 of 329 scenarios selected by --tags "@smoke"".</summary>
    public string Description => string.Create(CultureInfo.InvariantCulture,
        $"{Source.Description}; {(Tags is null ? $"all {Total} scenarios" : $"{Selected} of {Total} scenarios selected by --tags \"{Tags}\"")}");

    /// <summary>Why the run cannot check anything, or null: a tag filter that selects nothing.</summary>
    public string? NothingSelected => Selected > 0 ? null
        : Tags is null ? $"the suite at {Source.Folder} has no scenario: nothing was checked"
        : string.Create(CultureInfo.InvariantCulture, $"no scenario matches --tags \"{Tags}\" (the suite at {Source.Folder} has {Total}): nothing was checked");
}
