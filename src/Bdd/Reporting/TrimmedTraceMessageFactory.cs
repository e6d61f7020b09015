using Gherkin.CucumberMessages;
using Io.Cucumber.Messages.Types;
using Reqnroll.Bindings;
using Reqnroll.Formatters.ExecutionTracking;
using Reqnroll.Formatters.PayloadProcessing.Cucumber;
using MessageException = Io.Cucumber.Messages.Types.Exception;

namespace MfaConformance.Bdd.Reporting;

/// <summary>
/// Reqnroll's Cucumber message factory with failures made readable: Reqnroll puts the .NET exception's frames alone in
/// <c>exception.stackTrace</c>, all of them, the framework's and generated code's included. Here <c>stackTrace</c> holds only
/// the frames that help (<see cref="StackTraces.Frames"/>: our bindings and drivers), since the Cucumber HTML report shows
/// the exception's type and message above it (so the failure reads once), and the result's <c>message</c> keeps the
/// whole trace, bounded (<see cref="StackTraces.MaxFullChars"/>), for tools that want it.
/// </summary>
internal sealed class TrimmedTraceMessageFactory : CucumberMessageFactory
{
    public override TestStepFinished ToTestStepFinished(TestStepExecutionTracker stepState)
    {
        var finished = base.ToTestStepFinished(stepState);
        return new TestStepFinished(finished.TestCaseStartedId, finished.TestStepId, Readable(finished.TestStepResult), finished.Timestamp);
    }

    public override TestStepFinished ToTestStepFinished(HookStepExecutionTracker hookStepProcessor)
    {
        var finished = base.ToTestStepFinished(hookStepProcessor);
        return new TestStepFinished(finished.TestCaseStartedId, finished.TestStepId, Readable(finished.TestStepResult), finished.Timestamp);
    }

    public override TestRunHookFinished ToTestRunHookFinished(TestRunHookExecutionTracker hookTracker)
    {
        var finished = base.ToTestRunHookFinished(hookTracker);
        return new TestRunHookFinished(finished.TestRunHookStartedId, Readable(finished.Result), finished.Timestamp);
    }

    /// <summary>The hook named by its class's full name (Reqnroll prefixes it with the assembly name, which here repeats the namespace).</summary>
    public override Hook ToHook(IHookBinding hookBinding, IIdGenerator iDGenerator)
    {
        ArgumentNullException.ThrowIfNull(hookBinding);
        var hook = base.ToHook(hookBinding, iDGenerator);
        return new Hook(hook.Id, hook.Name, SourceOf(hookBinding), hook.TagExpression, hook.Type);
    }

    /// <summary>The step definition named by its class's full name (as <see cref="ToHook"/>).</summary>
    public override StepDefinition ToStepDefinition(IStepDefinitionBinding binding, IIdGenerator idGenerator)
    {
        ArgumentNullException.ThrowIfNull(binding);
        var definition = base.ToStepDefinition(binding, idGenerator);
        return new StepDefinition(definition.Id, definition.Pattern, SourceOf(binding));
    }

    /// <summary>The parameter type named by its class's full name (as <see cref="ToHook"/>).</summary>
    public override ParameterType ToParameterType(IStepArgumentTransformationBinding stepTransform, IIdGenerator iDGenerator)
    {
        ArgumentNullException.ThrowIfNull(stepTransform);
        var type = base.ToParameterType(stepTransform, iDGenerator);
        return new ParameterType(type.Name, type.RegularExpressions, type.PreferForRegularExpressionMatch, type.UseForSnippets, type.Id, SourceOf(stepTransform));
    }

    private static SourceReference SourceOf(IBinding binding) =>
        SourceReference.Create(new JavaMethod(binding.Method.Type.FullName, binding.Method.Name, [.. binding.Method.Parameters.Select(p => p.Type.Name)]));

    private static TestStepResult Readable(TestStepResult result)
    {
        if (result.Exception is not { } exception)
        {
            return result;
        }

        var full = StackTraces.Bound($"{exception.Type}: {exception.Message}{Environment.NewLine}{exception.StackTrace}");
        var trimmed = new MessageException(exception.Type, exception.Message, StackTraces.Frames(exception.StackTrace));
        return new TestStepResult(result.Duration, full, result.Status, trimmed);
    }
}
