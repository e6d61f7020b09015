namespace MfaConformance.Bdd.Tests.Cck.Bindings;

/// <summary>The parameter-types sample: a {flight} parameter type from a regex with two groups.</summary>
[Binding]
public sealed class FlightSteps
{
    [StepArgumentTransformation("([A-Z]{3})-([A-Z]{3})", Name = "flight")]
    public Flight ToFlight(string from, string to) => new(from, to);

    [Given("{flight} has been delayed")]
    public void GivenDelayed(Flight flight) => flight.ShouldBe(new Flight("LHR", "CDG"));
}
