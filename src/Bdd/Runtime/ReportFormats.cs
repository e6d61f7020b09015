namespace MfaConformance.Bdd;

[Flags]
public enum ReportFormats
{
    None = 0,
    JUnit = 1,
    CucumberMessages = 2,
    Html = 4,
    All = JUnit | CucumberMessages | Html,
}
