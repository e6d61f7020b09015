using MfaConformance.Bdd.Reporting;
using Reqnroll.Formatters.Configuration;
namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// Reqnroll's formatter configuration for one run: the html and message formatters write to the run's report paths
/// (the reqnroll.json "formatters" section, moved to the run's output folder), and our results collector always
/// listens when the run wants results. Environment overrides of Reqnroll (REQNROLL_FORMATTERS) are not read: the
/// command line chooses the report folder.
/// </summary>
internal sealed class BddFormattersConfiguration(IReadOnlyDictionary<string, string> reqnrollFormatters, bool collectResults) : IFormattersConfigurationProvider
{
    public bool Enabled => collectResults || reqnrollFormatters.Count > 0;

    public IDictionary<string, object>? GetFormatterConfigurationByName(string formatterName)
    {
        if (formatterName == ResultsCollector.FormatterName)
        {
            return collectResults ? new Dictionary<string, object>() : null;
        }

        return reqnrollFormatters.TryGetValue(formatterName, out var path) ? new Dictionary<string, object> { ["outputFilePath"] = path } : null;
    }

    public string ResolveTemplatePlaceholders(string template) => template;
}
