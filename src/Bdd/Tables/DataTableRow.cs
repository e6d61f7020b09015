namespace MfaConformance.Bdd;

public sealed class DataTableRow(IReadOnlyList<string> header, IReadOnlyList<string> values)
{
    public IReadOnlyList<string> Header { get; } = header;

    public IReadOnlyList<string> Values { get; } = values;

    public string this[string column]
    {
        get
        {
            for (var i = 0; i < Header.Count; i++)
            {
                if (string.Equals(Header[i], column, StringComparison.Ordinal))
                {
                    return Values[i];
                }
            }

            throw new KeyNotFoundException($"The table has no column '{column}'. Columns: {string.Join(", ", Header)}.");
        }
    }

    public string this[int index] => Values[index];
}
