using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Io.Cucumber.Messages.Types;
using Reqnroll.Bindings;

namespace MfaConformance.Bdd.Gherkin;

/// <summary>
/// Reads .feature files with the official Gherkin parser (the version Reqnroll 3.3.4 uses), converts them to the
/// Cucumber source and Gherkin document messages and compiles their pickles, with ids that are the same from run to run.
/// </summary>
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

    public static LoadedFeature Load(string file, string baseDirectory, string language) =>
        Parse(File.ReadAllText(file), Path.GetRelativePath(baseDirectory, file).Replace('\\', '/'), language);

    public static LoadedFeature Parse(string text, string uri, string language)
    {
        global::Gherkin.Ast.GherkinDocument ast;
        try
        {
            ast = new Parser().Parse(new TokenScanner(new StringReader(text)), new TokenMatcher(new GherkinDialectProvider(language)));
        }
        catch (CompositeParserException ex)
        {
            throw new BddFeatureException($"{uri}: Gherkin syntax error(s): {string.Join("; ", ex.Errors.Select(e => e.Message))}", ex);
        }
        catch (ParserException ex)
        {
            throw new BddFeatureException($"{uri}: Gherkin syntax error: {ex.Message}", ex);
        }

        var ids = new DeterministicIdGenerator(uri);
        var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(ast, uri);
        var source = new Source(uri, text, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN);
        if (document.Feature is not { } feature)
        {
            var empty = new GherkinFeature(uri, Path.GetFileNameWithoutExtension(uri), null, [], language, text);
            return new LoadedFeature(empty, source, document, []);
        }

        var info = new GherkinFeature(uri, feature.Name, NullIfEmpty(feature.Description), [.. feature.Tags.Select(t => t.Name.TrimStart('@'))], feature.Language, text);
        var index = DocumentIndex.Build(feature);
        var butKeywords = new GherkinDialectProvider(language).GetDialect(feature.Language, null).ButStepKeywords;
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pickles = new PickleCompiler(ids).Compile(document).Select(p => ToPickle(p, info, index, names, butKeywords)).ToList();
        return new LoadedFeature(info, source, document, pickles);
    }

    private static GherkinPickle ToPickle(Pickle pickle, GherkinFeature feature, DocumentIndex index, HashSet<string> names, string[] butKeywords)
    {
        var scenario = index.Scenarios[pickle.AstNodeIds[0]];
        var row = pickle.AstNodeIds.Count > 1 && index.Rows.TryGetValue(pickle.AstNodeIds[^1], out var r) ? r : default;
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        if (row.Row is not null)
        {
            foreach (var (header, cell) in row.Header.Cells.Zip(row.Row.Cells))
            {
                arguments.TryAdd(header.Value, cell.Value);
            }
        }

        var line = (int)(row.Row?.Location.Line ?? scenario.Location.Line);
        var id = $"{feature.FilePath}:{line}";
        var displayName = $"{feature.Title}: {pickle.Name}" + (arguments.Count > 0 ? $" [{string.Join(", ", arguments.Values)}]" : string.Empty);
        if (!names.Add(displayName))
        {
            displayName += $" (line {line})";
            names.Add(displayName);
        }

        var steps = new List<GherkinPickleStep>();
        var previous = StepDefinitionType.Given;
        foreach (var step in pickle.Steps)
        {
            var ast = index.Steps[step.AstNodeIds[0]];
            var keywordType = KeywordTypeOf(ast.KeywordType, step.Type);
            if (keywordType == StepDefinitionKeyword.And && butKeywords.Contains(ast.Keyword))
            {
                keywordType = StepDefinitionKeyword.But;
            }

            previous = keywordType switch
            {
                StepDefinitionKeyword.Given => StepDefinitionType.Given,
                StepDefinitionKeyword.When => StepDefinitionType.When,
                StepDefinitionKeyword.Then => StepDefinitionType.Then,
                _ => previous,
            };
            var table = step.Argument?.DataTable?.Rows.Select(tr => (IReadOnlyList<string>)[.. tr.Cells.Select(c => c.Value)]).ToList();
            steps.Add(new GherkinPickleStep(step.Id, ast.Keyword, keywordType, previous, step.Text, (int)ast.Location.Line, table, step.Argument?.DocString?.Content));
        }

        var tags = pickle.Tags.Select(t => t.Name.TrimStart('@')).Distinct(StringComparer.Ordinal).ToArray();
        index.RuleOf.TryGetValue(scenario.Id, out var rule);
        return new GherkinPickle(id, pickle.Name, displayName, feature, tags, arguments, steps, line, pickle, rule?.Name, [.. rule?.Tags.Select(t => t.Name.TrimStart('@')) ?? []]);
    }

    /// <summary>The runner call for a step: its keyword's type (a "*" step takes the pickle step's type).</summary>
    private static StepDefinitionKeyword KeywordTypeOf(Io.Cucumber.Messages.Types.StepKeywordType keywordType, PickleStepType pickleType) => keywordType switch
    {
        Io.Cucumber.Messages.Types.StepKeywordType.CONTEXT => StepDefinitionKeyword.Given,
        Io.Cucumber.Messages.Types.StepKeywordType.ACTION => StepDefinitionKeyword.When,
        Io.Cucumber.Messages.Types.StepKeywordType.OUTCOME => StepDefinitionKeyword.Then,
        Io.Cucumber.Messages.Types.StepKeywordType.CONJUNCTION => StepDefinitionKeyword.And,
        _ => pickleType switch
        {
            PickleStepType.ACTION => StepDefinitionKeyword.When,
            PickleStepType.OUTCOME => StepDefinitionKeyword.Then,
            PickleStepType.CONTEXT => StepDefinitionKeyword.Given,
            _ => StepDefinitionKeyword.And,
        },
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
