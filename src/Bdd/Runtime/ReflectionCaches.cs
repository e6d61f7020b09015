using System.Collections.Concurrent;
using System.Reflection;

namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// Keeps alive the reflection data of every type a scenario container builds. Reqnroll's container (BoDi) creates each
/// scenario's objects (drivers, contexts, its own holders) through <see cref="ConstructorInfo.Invoke(object[])"/>.
/// .NET holds a type's reflection cache only weakly, so under load (dozens of gen-0 collections a second) it is dropped
/// and rebuilt, and with it the constructors' invoke stubs, which are emitted and JIT-compiled again: about 120 dynamic
/// methods a second at 200 iterations/s of the returning-user flow (dotnet-trace, JIT events), and their finalization.
/// Holding each type's constructors keeps its cache, and so its stubs, for the life of the process: one dictionary
/// lookup per object created.
/// </summary>
internal static class ReflectionCaches
{
    private static readonly ConcurrentDictionary<Type, ConstructorInfo[]> Kept = new();

    /// <summary>Subscribed to every scenario container's ObjectCreated.</summary>
    public static void Keep(object created)
    {
        var type = created.GetType();
        if (!Kept.ContainsKey(type))
        {
            Kept.TryAdd(type, type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic));
        }
    }

    /// <summary>The types kept so far (for tests).</summary>
    public static bool IsKept(Type type) => Kept.ContainsKey(type);
}
