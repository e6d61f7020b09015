namespace MfaConformance.Bdd;

/// <summary>One step of a pickle: keyword as written, the keyword it binds to (And/But take the previous one), text, argument.</summary>
public sealed class GherkinPickleStep
{
    internal GherkinPickleStep(string id, string keyword, StepDefinitionKeyword bindingKeyword, string text, int line, DataTable? table, string? docString)
    {
        Id = id;
        Keyword = keyword;
        BindingKeyword = bindingKeyword;
        Text = text;
        Line = line;
        Table = table;
        DocString = docString;
    }

    public string Id { get; }

    /// <summary>The keyword as written, with its trailing space ("Given ", "And ").</summary>
    public string Keyword { get; }

    public StepDefinitionKeyword BindingKeyword { get; }

    public string Text { get; }

    public int Line { get; }

    /// <summary>The step's data table (header = first row), or null. Shared: bindings get a copy.</summary>
    public DataTable? Table { get; }

    public string? DocString { get; }

    public override string ToString() => Keyword + Text;
}
