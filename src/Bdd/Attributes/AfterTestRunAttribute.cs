namespace MfaConformance.Bdd;

[AttributeUsage(AttributeTargets.Method, Inherited = true, AllowMultiple = true)]
public sealed class AfterTestRunAttribute(params string[] tags) : HookAttribute(HookType.AfterTestRun, tags);
