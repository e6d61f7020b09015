namespace MfaConformance.Bdd.Tests.Tables;

public sealed class DataTableTests
{
    public sealed record Identity(string Mobile, int Attempts, DayOfWeek Day);

    public sealed class Settings
    {
        public string Brand { get; set; } = string.Empty;

        public bool OtpEnabled { get; set; }
    }

    [Fact]
    public void CreateInstance_VerticalTable_BindsRecordByConstructor()
    {
        var table = Table(["Field", "Value"], ["mobile", "9198"], ["Attempts", "3"], ["day", "Monday"]);

        table.CreateInstance<Identity>().ShouldBe(new Identity("9198", 3, DayOfWeek.Monday));
    }

    [Fact]
    public void CreateSet_HorizontalTable_BindsClassProperties()
    {
        var table = Table(["Brand", "OTP enabled"], ["acme", "true"], ["zed", "no"]);

        var set = table.CreateSet<Settings>();

        set.Select(s => (s.Brand, s.OtpEnabled)).ShouldBe([("acme", true), ("zed", false)]);
    }

    [Fact]
    public void CreateInstance_UnknownColumn_ErrorNamesColumn()
    {
        var table = Table(["Brand", "Colour"], ["acme", "red"]);

        Should.Throw<InvalidOperationException>(() => table.CreateInstance<Settings>()).Message.ShouldContain("'Colour'");
    }

    [Fact]
    public void CreateSet_BadValue_ErrorNamesColumnAndType()
    {
        var table = Table(["Mobile", "Attempts", "Day"], ["1", "many", "Monday"]);

        Should.Throw<FormatException>(() => table.CreateSet<Identity>()).Message.ShouldContain("Column 'Attempts'");
    }

    private static DataTable Table(string[] header, params string[][] rows)
    {
        var table = new DataTable(header);
        foreach (var row in rows)
        {
            table.AddRow(row);
        }

        return table;
    }
}
