using System.Collections.Concurrent;
using System.Reflection;
using MfaConformance.Client;
using MfaConformance.Client.Endpoints;
using MfaConformance.StepDefinitions.Actions;
namespace MfaConformance.StepDefinitions.Tests.Actions;

/// <summary>What <see cref="DeclaredActionProbe"/> saw: each action step's binding, the action it declares and the endpoints "the call" went to.</summary>
public sealed class ActionProbeLog
{
    public ConcurrentQueue<(MethodInfo Binding, ApiAction Declared, IReadOnlyList<ApiEndpoint> Called)> Steps { get; } = new();
}
