using System.Reflection;
using MfaConformance.StepDefinitions.Actions;
using MfaConformance.StepDefinitions.Steps;
using MfaConformance.StepDefinitions.Suite;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Tests.Actions;

/// <summary>The catalogue of API actions and what the step bindings declare with it.</summary>
public sealed class ApiActionsTests
{
    private static readonly MethodInfo[] Bindings =
    [
        .. typeof(ConformanceSuite).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<BindingAttribute>() is not null)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)),
    ];

    [Fact]
    public void MetricNames_AreTheMeasuredStepNamesThresholdsAndReportsUse() =>
        ApiActions.All.Select(a => a.MetricName).ShouldBe([
            "token_generate", "otp_generate", "otp_validate", "token_regenerate", "mfa_token_generate", "mfa_otp_generate",
            "mfa_otp_validate", "mfa_password_validate", "mfa_password_forget", "mfa_password_change", "password_change",
            "mfa_token_regenerate", "mfa_token_expire",
        ]);

    [Fact]
    public void Catalogue_EveryActionHasItsEndpointAndItsOwnSpecId()
    {
        ApiActions.All.Select(a => a.Endpoint.ShortName).ShouldBe(ApiActions.All.Select(a => a.Id));
        ApiActions.All.Select(a => a.Spec).ShouldBeUnique();
        ApiActions.Get(ApiActions.MfaTokenExpire).Endpoint.Method.ShouldBe("DELETE");
        ApiActions.Get(ApiActions.PasswordChange).Spec.ShouldBe("E13 #3");
    }

    [Fact]
    public void Get_AnUnknownAction_NamesTheKnownOnes() =>
        Should.Throw<ArgumentException>(() => ApiActions.Get("mfa/password/guess")).Message.ShouldContain("mfa/password/validate");

    [Fact]
    public void Bindings_NameOnlyActionsOfTheCatalogue_AndMakeEveryOne()
    {
        var made = Bindings.Select(m => m.GetCustomAttribute<ApiActionAttribute>()?.Action).OfType<string>().ToArray();
        var loginEnds = Bindings.Select(m => m.GetCustomAttribute<FreshLoginCheckAttribute>()?.EndsAt).OfType<string>().ToArray();

        made.Concat(loginEnds).Where(id => ApiActions.Find(id) is null).ShouldBeEmpty();
        ApiActions.All.Select(a => a.Id).Except(made).ShouldBeEmpty("every action of the catalogue is made by a binding");
    }

    [Fact]
    public void Declarations_SitOnTheirKindOfStep_ActionsOnWhenChecksOnThen()
    {
        foreach (var method in Bindings)
        {
            var name = $"{method.DeclaringType!.Name}.{method.Name}";
            var isWhen = method.GetCustomAttribute<WhenAttribute>() is not null;
            var isThen = method.GetCustomAttribute<ThenAttribute>() is not null;
            if (method.GetCustomAttribute<ApiActionAttribute>() is not null)
            {
                isWhen.ShouldBeTrue($"{name}: an API action is a When step");
            }

            if (method.GetCustomAttribute<ChecksTheCallAttribute>() is not null || method.GetCustomAttribute<FreshLoginCheckAttribute>() is not null)
            {
                isThen.ShouldBeTrue($"{name}: a check is a Then step");
                (method.GetCustomAttribute<ChecksTheCallAttribute>() is not null && method.GetCustomAttribute<FreshLoginCheckAttribute>() is not null)
                    .ShouldBeFalse($"{name}: a check either checks the call or logs in afresh");
            }
        }

        Bindings.Where(m => m.DeclaringType == typeof(ResponseSteps) && m.GetCustomAttribute<ThenAttribute>() is not null)
            .ShouldAllBe(m => m.GetCustomAttribute<ChecksTheCallAttribute>() != null);
    }
}
