using CsCheck;
using MfaConformance.Explorer.Generation;
using MfaConformance.Explorer.Model;
using MfaConformance.Explorer.Programs;

namespace MfaConformance.Explorer.Tests.Generation;

/// <summary>Programs replay from their seeds and reach every endpoint, perturbation and documented key.</summary>
public sealed class ProgramGenTests
{
    private static IReadOnlyList<ExplorerProgram> Programs(int count)
    {
        var stream = PCG.Parse(new PCG(1, 2026).ToString());
        return [.. Enumerable.Range(0, count).Select(_ => ProgramGen.Instance.Generate(new PCG(stream.Stream, stream.Next64()), null, out Size _))];
    }

    [Fact]
    public void AProgram_IsReplayedExactly_FromTheSeedPrintedWithIt()
    {
        foreach (var program in Programs(50))
        {
            var replayed = ProgramGen.FromSeed(program.Seed);
            replayed.Steps.Select(s => s.Text).ShouldBe(program.Steps.Select(s => s.Text));
            replayed.Setup.Configuration.ToJsonString().ShouldBe(program.Setup.Configuration.ToJsonString());
            replayed.Setup.Customer.ShouldBe(program.Setup.Customer);
        }
    }

    [Fact]
    public void Programs_ReachEveryEndpoint_BothLogoutMethods_TheClock_AndEveryModifier()
    {
        var kinds = Programs(600).SelectMany(p => p.Steps).Select(s => s.Kind).ToHashSet();

        kinds.ShouldBe(Enum.GetValues<StepKind>(), ignoreOrder: true);
    }

    [Fact]
    public void Configurations_DrawEveryDocumentedKey_AndTurnFlagsOnAlone()
    {
        var configurations = Programs(600).Select(p => p.Setup.Configuration).ToList();
        var keys = configurations.SelectMany(c => c.Select(p => p.Key)).ToHashSet();

        keys.ShouldBe(ConfigKeys.All, ignoreOrder: true);
        configurations.ShouldContain(c => c.ContainsKey(ConfigKeys.SkipOtpValidate) && !c.ContainsKey(ConfigKeys.SkipOtpValidateReset));
        configurations.ShouldContain(c => c.ContainsKey(ConfigKeys.SkipOtpValidateReset) && !c.ContainsKey(ConfigKeys.SkipOtpValidate));
        configurations.ShouldContain(c => c.ContainsKey(ConfigKeys.AccountLocking) && !c.ContainsKey(ConfigKeys.MfaAccountLocking));
        configurations.ShouldContain(c => c.ContainsKey(ConfigKeys.RegenerateToken) && !c.ContainsKey(ConfigKeys.RegenerateMfaToken));
    }

    [Fact]
    public void Programs_PrintAsGlossaryPhrases_ThatTheBindingsMatch()
    {
        var bindings = typeof(MfaConformance.StepDefinitions.Steps.RequestSteps).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttributes(typeof(Reqnroll.StepDefinitionBaseAttribute), false).Cast<Reqnroll.StepDefinitionBaseAttribute>())
            .Select(a => a.Expression)
            .ToList();
        var texts = Programs(300).SelectMany(p => p.Steps).Select(s => s.Text).Distinct().ToList();

        foreach (var text in texts)
        {
            bindings.ShouldContain(expression => Matches(expression!, text), $"no binding matches '{text}'");
        }
    }

    /// <summary>A rough Cucumber-expression match: each {parameter} matches anything.</summary>
    private static bool Matches(string expression, string text)
    {
        var pattern = "^" + System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Escape(expression.Replace("\\/", "/", StringComparison.Ordinal)), @"\\\{[a-z]+}", ".+") + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(text, pattern);
    }
}
