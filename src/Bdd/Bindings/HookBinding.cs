namespace MfaConformance.Bdd;

internal sealed class HookBinding(MethodInvoker invoker, HookType hookType, IReadOnlyList<string> tags, int order)
{
    private readonly TagExpression[] _filters = [.. tags.Select(TagExpression.Parse)];

    public MethodInvoker Invoker { get; } = invoker;

    public HookType HookType { get; } = hookType;

    public int Order { get; } = order;

    public bool AppliesTo(IReadOnlyList<string> tags) => _filters.Length == 0 || _filters.Any(f => f.Evaluate(tags));
}
