namespace MfaConformance.Bdd;

[AttributeUsage(AttributeTargets.Method, Inherited = true, AllowMultiple = true)]
public sealed class BeforeTestRunAttribute(params string[] tags) : HookAttribute(HookType.BeforeTestRun, tags);
