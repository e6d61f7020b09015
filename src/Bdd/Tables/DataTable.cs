namespace MfaConformance.Bdd;

/// <summary>
/// A Gherkin data table (Reqnroll's <c>DataTable</c>/<c>Table</c>). The first row is the header.
/// <see cref="CreateInstance{T}"/> and <see cref="CreateSet{T}"/> bind to classes and records.
/// </summary>
public sealed partial class DataTable
{
    private readonly List<DataTableRow> _rows = [];

    public DataTable(IEnumerable<string> header)
    {
        Header = header.ToArray();
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<DataTableRow> Rows => _rows;

    public int RowCount => _rows.Count;

    public void AddRow(IEnumerable<string> cells)
    {
        var values = cells.ToArray();
        if (values.Length != Header.Count)
        {
            throw new ArgumentException($"Row has {values.Length} cells but the header has {Header.Count}.", nameof(cells));
        }

        _rows.Add(new DataTableRow(Header, values));
    }
}
