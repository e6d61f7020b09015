using System.Collections.Concurrent;

namespace MfaConformance.Bdd;

/// <summary>
/// Run-level services (Reqnroll's test-thread/global container). Instances registered here can be received by
/// constructor injection in every scenario, and by [BeforeTestRun]/[AfterTestRun]/feature hooks as parameters.
/// A [BeforeTestRun] hook may take a <see cref="TestRunContext"/> parameter to register more.
/// </summary>
public sealed class TestRunContext
{
    private readonly ConcurrentDictionary<Type, object> _instances = new();

    /// <summary>Registers <paramref name="instance"/> under <typeparamref name="T"/> (replacing an earlier one).</summary>
    public void RegisterInstance<T>(T instance)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(instance);
        _instances[typeof(T)] = instance;
    }

    /// <summary>Registers <paramref name="instance"/> under the given type.</summary>
    public void RegisterInstance(Type serviceType, object instance)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        ArgumentNullException.ThrowIfNull(instance);
        if (!serviceType.IsInstanceOfType(instance))
        {
            throw new ArgumentException($"The instance of {instance.GetType().Name} is not a {serviceType.Name}.", nameof(instance));
        }

        _instances[serviceType] = instance;
    }

    public bool IsRegistered<T>() => _instances.ContainsKey(typeof(T));

    public T Get<T>()
        where T : class =>
        TryGet(typeof(T), out var value)
            ? (T)value
            : throw new InvalidOperationException($"No {typeof(T).Name} is registered in the test run.");

    public bool TryGet(Type serviceType, out object value)
    {
        if (serviceType == typeof(TestRunContext))
        {
            value = this;
            return true;
        }

        return _instances.TryGetValue(serviceType, out value!);
    }

    internal void CopyTo(TestRunContext other)
    {
        foreach (var (type, instance) in _instances)
        {
            other._instances[type] = instance;
        }
    }
}
