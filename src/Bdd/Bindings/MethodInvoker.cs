using System.Linq.Expressions;
using System.Reflection;

namespace MfaConformance.Bdd;

/// <summary>A compiled delegate calling a binding method (no reflection per call); awaits Task/ValueTask results.</summary>
internal sealed class MethodInvoker
{
    private readonly Func<object?, object?[], object?> _call;

    public MethodInvoker(MethodInfo method)
    {
        Method = method;
        Parameters = method.GetParameters();
        var target = Expression.Parameter(typeof(object), "target");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var arguments = Parameters.Select((p, i) =>
            (Expression)Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType)).ToArray();
        var instance = method.IsStatic ? null : Expression.Convert(target, method.DeclaringType!);
        Expression call = Expression.Call(instance, method, arguments);
        call = method.ReturnType == typeof(void)
            ? Expression.Block(call, Expression.Constant(null, typeof(object)))
            : Expression.Convert(call, typeof(object));
        _call = Expression.Lambda<Func<object?, object?[], object?>>(call, target, args).Compile();
        Description = $"{method.DeclaringType?.Name}.{method.Name}({string.Join(", ", Parameters.Select(p => p.ParameterType.Name))})";
    }

    public MethodInfo Method { get; }

    public IReadOnlyList<ParameterInfo> Parameters { get; }

    public bool IsStatic => Method.IsStatic;

    public string Description { get; }

    public async ValueTask<object?> InvokeAsync(object? target, object?[] args)
    {
        var result = _call(target, args);
        switch (result)
        {
            case Task task:
                await task.ConfigureAwait(false);
                return null;
            case ValueTask valueTask:
                await valueTask.ConfigureAwait(false);
                return null;
            default:
                return result;
        }
    }

    /// <summary>Synchronous call for transformations (which return a value).</summary>
    public object? Invoke(object? target, object?[] args) => _call(target, args);
}
