using Gherkin;
using Gherkin.Ast;
using Gherkin.Pickles;

namespace MfaConformance.Bdd;

/// <summary>Reads .feature files with the official Gherkin parser and compiles their pickles.</summary>
internal static class FeatureLoader
{
    public static IReadOnlyList<LoadedFeature> LoadAll(IEnumerable<string> paths, string baseDirectory, string language)
    {
        var files = new List<string>();
        foreach (var raw in paths)
        {
            var path = Path.GetFullPath(Path.IsPathRooted(raw) ? raw : Path.Combine(baseDirectory, raw));
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new BddFeatureException($"Feature path '{raw}' does not exist (looked for '{path}').");
            }
        }

        return [.. files.Distinct(StringComparer.Ordinal).Select(f => Load(f, baseDirectory, language))];
    }

    public static LoadedFeature Load(string file, string baseDirectory, string language)
    {
        var source = File.ReadAllText(file);
        var uri = Path.GetRelativePath(baseDirectory, file).Replace('\\', '/');
        return Parse(source, uri, language);
    }

    public static LoadedFeature Parse(string source, string uri, string language)
    {
        GherkinDocument document;
        try
        {
            var matcher = new TokenMatcher(new GherkinDialectProvider(language));
            document = new Parser().Parse(new TokenScanner(new StringReader(source)), matcher);
        }
        catch (CompositeParserException ex)
        {
            var details = string.Join("; ", ex.Errors.Select(e => e.Message));
            throw new BddFeatureException($"{uri}: Gherkin syntax error(s): {details}", ex);
        }
        catch (ParserException ex)
        {
            throw new BddFeatureException($"{uri}: Gherkin syntax error: {ex.Message}", ex);
        }

        if (document.Feature is null)
        {
            return new LoadedFeature(new FeatureInfo(Path.GetFileNameWithoutExtension(uri), null, [], uri), source, uri, []);
        }

        var feature = document.Feature;
        var info = new FeatureInfo(feature.Name, NullIfEmpty(feature.Description), [.. feature.Tags.Select(t => t.Name.TrimStart('@'))], uri);
        var dialect = new GherkinDialectProvider(language).GetDialect(feature.Language, null);
        var astSteps = feature.Children.SelectMany(c => c.Steps).GroupBy(s => s.Location.Line).ToDictionary(g => g.Key, g => g.First());
        var rows = feature.Children.OfType<ScenarioOutline>()
            .SelectMany(o => o.Examples.SelectMany(e => e.TableBody.Select(r => (Row: r, Header: e.TableHeader))))
            .ToDictionary(x => x.Row.Location.Line, x => x);

        var pickles = new List<GherkinPickle>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pickle in new Compiler().Compile(document))
        {
            pickles.Add(ToPickle(pickle, info, uri, dialect, astSteps, rows, names));
        }

        return new LoadedFeature(info, source, uri, pickles);
    }

    private static GherkinPickle ToPickle(
        Pickle pickle, FeatureInfo info, string uri, GherkinDialect dialect, Dictionary<int, Step> astSteps,
        Dictionary<int, (TableRow Row, TableRow Header)> rows, HashSet<string> names)
    {
        var line = pickle.Locations.First().Line;
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rows.TryGetValue(line, out var row) && row.Header is not null)
        {
            foreach (var (header, cell) in row.Header.Cells.Zip(row.Row.Cells))
            {
                arguments.TryAdd(header.Value, cell.Value);
            }
        }

        var id = $"{uri}:{line}";
        var displayName = $"{info.Title}: {pickle.Name}" + (arguments.Count > 0 ? $" [{string.Join(", ", arguments.Values)}]" : string.Empty);
        if (!names.Add(displayName))
        {
            displayName += $" (line {line})";
            names.Add(displayName);
        }

        var steps = new List<GherkinPickleStep>();
        var previous = StepDefinitionKeyword.Given;
        var index = 0;
        foreach (var step in pickle.Steps)
        {
            var stepLine = step.Locations.Last().Line;
            var keyword = astSteps.TryGetValue(stepLine, out var ast) ? ast.Keyword : "* ";
            previous = KeywordType(dialect, keyword) ?? previous;
            steps.Add(new GherkinPickleStep($"{id}#{index++}", keyword, previous, step.Text, stepLine, ToTable(step), step.Arguments.OfType<PickleString>().FirstOrDefault()?.Content));
        }

        var tags = pickle.Tags.Select(t => t.Name.TrimStart('@')).Distinct(StringComparer.Ordinal).ToArray();
        return new GherkinPickle(id, pickle.Name, displayName, info, tags, arguments, steps, line, pickle.Language);
    }

    private static StepDefinitionKeyword? KeywordType(GherkinDialect dialect, string keyword)
    {
        if (dialect.AndStepKeywords.Contains(keyword) || dialect.ButStepKeywords.Contains(keyword))
        {
            return null;
        }

        if (dialect.GivenStepKeywords.Contains(keyword))
        {
            return StepDefinitionKeyword.Given;
        }

        if (dialect.WhenStepKeywords.Contains(keyword))
        {
            return StepDefinitionKeyword.When;
        }

        return dialect.ThenStepKeywords.Contains(keyword) ? StepDefinitionKeyword.Then : null;
    }

    private static DataTable? ToTable(PickleStep step)
    {
        var table = step.Arguments.OfType<PickleTable>().FirstOrDefault();
        if (table is null)
        {
            return null;
        }

        var rows = table.Rows.Select(r => r.Cells.Select(c => c.Value).ToArray()).ToArray();
        var result = new DataTable(rows[0]);
        foreach (var r in rows.Skip(1))
        {
            result.AddRow(r);
        }

        return result;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
