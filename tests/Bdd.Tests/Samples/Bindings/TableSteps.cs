using Reqnroll.Assist;

namespace MfaConformance.Bdd.Tests.Samples.Bindings;

[Binding]
public sealed class TableSteps(TableContext context)
{
    [Given("the customer")]
    public void GivenTheCustomer(DataTable table) => context.Customer = table.CreateInstance<Customer>();

    [Then("the customer is called {string} with tier {Tier}")]
    public void ThenTheCustomerIs(string name, Tier tier)
    {
        context.Customer.ShouldBe(new Customer { Mobile = "919876543210", DisplayName = name, Tier = tier });
    }

    [Given("these devices")]
    public void GivenTheseDevices(DataTable table) => context.Devices = [.. table.CreateSet<Device>()];

    [Then("there are {int} devices, {int} trusted")]
    public void ThenThereAreDevices(int count, int trusted)
    {
        context.Devices.Count.ShouldBe(count);
        context.Devices.Count(d => d.Trusted).ShouldBe(trusted);
    }

    [Given("the note")]
    public void GivenTheNote(string note) => context.Note = note;

    [Then("the note has {int} lines")]
    public void ThenTheNoteHasLines(int lines) => context.Note.Split('\n').Length.ShouldBe(lines);
}
