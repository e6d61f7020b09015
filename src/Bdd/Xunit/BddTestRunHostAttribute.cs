namespace MfaConformance.Bdd;

/// <summary>Assembly-level: <c>[assembly: BddTestRunHost(typeof(MyHost))]</c>, MyHost implementing <see cref="IBddTestRunHost"/>.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class BddTestRunHostAttribute(Type hostType) : Attribute
{
    public Type HostType { get; } = hostType;
}
