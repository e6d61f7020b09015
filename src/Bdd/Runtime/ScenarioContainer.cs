using System.Collections.Concurrent;
using System.Reflection;

namespace MfaConformance.Bdd;

/// <summary>
/// Per-scenario object container (context injection). Resolution order: instances registered for the scenario,
/// then test-run instances, then one new instance per scenario built by its public constructor (recursively).
/// Objects it created are disposed at the end of the scenario, in reverse order of creation.
/// </summary>
internal sealed class ScenarioContainer(TestRunContext runServices, ConcurrentDictionary<Type, ConstructorInfo> constructors) : IAsyncDisposable
{
    private readonly Dictionary<Type, object> _objects = [];
    private readonly List<object> _created = [];
    private readonly HashSet<Type> _resolving = [];
    private readonly Lock _gate = new();

    public void Register(Type type, object instance)
    {
        lock (_gate)
        {
            _objects[type] = instance;
        }
    }

    public object Resolve(Type type)
    {
        lock (_gate)
        {
            return ResolveCore(type, requestedBy: null);
        }
    }

    public async ValueTask DisposeAsync()
    {
        object[] created;
        lock (_gate)
        {
            created = [.. _created];
            _created.Clear();
        }

        List<Exception>? errors = null;
        for (var i = created.Length - 1; i >= 0; i--)
        {
            try
            {
                if (created[i] is IAsyncDisposable asyncDisposable)
                {
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                }
                else if (created[i] is IDisposable disposable)
                {
                    disposable.Dispose();
                }
            }
            catch (Exception ex)
            {
                (errors ??= []).Add(ex);
            }
        }

        if (errors is not null)
        {
            throw new AggregateException("Disposing scenario objects failed.", errors);
        }
    }

    private object ResolveCore(Type type, Type? requestedBy)
    {
        if (_objects.TryGetValue(type, out var existing) || runServices.TryGet(type, out existing))
        {
            return existing;
        }

        if (type.IsAbstract || type.IsInterface || type.IsValueType || type == typeof(string) || type.IsPrimitive)
        {
            throw new BddBindingException(
                $"Cannot provide a {type.Name}{(requestedBy is null ? string.Empty : $" for {requestedBy.Name}")}: it is not registered and cannot be created. "
                + $"Register an instance (BddRuntime.RegisterInstance<{type.Name}>, TestRunContext.RegisterInstance or ScenarioExecution.RegisterInstance).");
        }

        if (!_resolving.Add(type))
        {
            throw new BddBindingException($"Circular constructor dependency while creating {type.Name}: {string.Join(" -> ", _resolving.Select(t => t.Name))} -> {type.Name}.");
        }

        try
        {
            var constructor = constructors.GetOrAdd(type, static t => t.GetConstructors().MaxBy(c => c.GetParameters().Length)
                ?? throw new BddBindingException($"Cannot create {t.Name}: it has no public constructor."));
            var args = constructor.GetParameters().Select(p => ResolveCore(p.ParameterType, type)).ToArray();
            object instance;
            try
            {
                instance = constructor.Invoke(args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                throw new BddBindingException($"The constructor of {type.Name} threw: {ex.InnerException.Message}", ex.InnerException);
            }

            _objects[type] = instance;
            _created.Add(instance);
            return instance;
        }
        finally
        {
            _resolving.Remove(type);
        }
    }
}
