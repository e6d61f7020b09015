namespace MfaConformance.Bdd;

public sealed class StepInfo(StepDefinitionKeyword keyword, string keywordText, string text)
{
    public StepDefinitionKeyword StepDefinitionType { get; } = keyword;

    /// <summary>The keyword as written ("And ", "But ", "Given "...).</summary>
    public string KeywordText { get; } = keywordText;

    public string Text { get; } = text;
}
