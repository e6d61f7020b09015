using Reqnroll.Bindings;

namespace MfaConformance.Bdd.Gherkin;

/// <summary>
/// One step of a pickle: the keyword as written, the keyword type that selects the runner call
/// (Given/When/Then/And/But, as Reqnroll's generated code calls <c>GivenAsync</c>...), the binding type it resolves to
/// (And/But take the previous one), the text and its argument.
/// </summary>
public sealed class GherkinPickleStep
{
    internal GherkinPickleStep(
        string id, string keyword, StepDefinitionKeyword keywordType, StepDefinitionType bindingType, string text, int line,
        IReadOnlyList<IReadOnlyList<string>>? tableRows, string? docString)
    {
        Id = id;
        Keyword = keyword;
        KeywordType = keywordType;
        BindingType = bindingType;
        Text = text;
        Line = line;
        TableRows = tableRows;
        DocString = docString;
    }

    /// <summary>The pickle step id of the Cucumber messages.</summary>
    public string Id { get; }

    /// <summary>The keyword as written, with its trailing space ("Given ", "And ", "* ").</summary>
    public string Keyword { get; }

    /// <summary>Which runner method Reqnroll's generated code would call for this keyword.</summary>
    public StepDefinitionKeyword KeywordType { get; }

    /// <summary>The step definition type it binds to (And/But: the previous step's).</summary>
    public StepDefinitionType BindingType { get; }

    public string Text { get; }

    public int Line { get; }

    /// <summary>The data table's rows (header first), or null.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? TableRows { get; }

    public string? DocString { get; }

    /// <summary>A new Reqnroll table for one execution (bindings may change the one they get), or null.</summary>
    public Reqnroll.Table? CreateTable()
    {
        if (TableRows is not { Count: > 0 } rows)
        {
            return null;
        }

        var table = new Reqnroll.Table([.. rows[0]]);
        foreach (var row in rows.Skip(1))
        {
            table.AddRow([.. row]);
        }

        return table;
    }

    public override string ToString() => Keyword + Text;
}
