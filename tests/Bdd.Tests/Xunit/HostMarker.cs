namespace MfaConformance.Bdd.Tests.Xunit;

/// <summary>The <see cref="IHostMarker"/> the [BeforeTestRun] hook registers.</summary>
public sealed record HostMarker(string Name) : IHostMarker;
