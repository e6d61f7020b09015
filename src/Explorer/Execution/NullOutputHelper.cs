using Reqnroll;

namespace MfaConformance.Explorer.Execution;

/// <summary>The bindings' output while the explorer runs them: exchanges are kept by <see cref="ExchangeLog"/> instead.</summary>
internal sealed class NullOutputHelper : IReqnrollOutputHelper
{
    public void WriteLine(string message)
    {
    }

    public void WriteLine(string format, params object[] args)
    {
    }

    public void AddAttachment(string filePath)
    {
    }
}
