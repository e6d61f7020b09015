namespace MfaConformance.Bdd.Tests.Xunit;

/// <summary>Only the test run host registers one; an interface, so the container cannot make one up.</summary>
public interface IHostMarker
{
    string Name { get; }
}
