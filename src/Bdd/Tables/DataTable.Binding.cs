using System.Globalization;
using System.Reflection;

namespace MfaConformance.Bdd;

public sealed partial class DataTable
{
    /// <summary>
    /// Creates one object from the table: either vertical (two columns "Field | Value", also "Property"/"Name" first)
    /// or horizontal (header + one row). Works for classes with settable properties and for records (constructor
    /// parameters matched by name, case and spaces ignored).
    /// </summary>
    public T CreateInstance<T>()
    {
        if (IsVertical)
        {
            var header = Rows.Select(r => r[0]).ToArray();
            var values = Rows.Select(r => r[1]).ToArray();
            return (T)Bind(typeof(T), header, values);
        }

        return RowCount == 1
            ? (T)Bind(typeof(T), Header, Rows[0].Values)
            : throw new InvalidOperationException($"CreateInstance<{typeof(T).Name}> needs a vertical table (Field | Value) or exactly one data row; this table has {RowCount} rows.");
    }

    /// <summary>Creates one object per data row, columns matched to properties or constructor parameters by name.</summary>
    public IReadOnlyList<T> CreateSet<T>() => [.. Rows.Select(r => (T)Bind(typeof(T), Header, r.Values))];

    private bool IsVertical =>
        Header.Count == 2
        && Header[0].Trim() is var first && (first.Equals("Field", StringComparison.OrdinalIgnoreCase) || first.Equals("Property", StringComparison.OrdinalIgnoreCase) || first.Equals("Name", StringComparison.OrdinalIgnoreCase))
        && Header[1].Trim().Equals("Value", StringComparison.OrdinalIgnoreCase);

    private static object Bind(Type type, IReadOnlyList<string> columns, IReadOnlyList<string> values)
    {
        var cells = new Dictionary<string, (string Column, string Value)>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Count; i++)
        {
            cells[Key(columns[i])] = (columns[i], values[i]);
        }

        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var constructor = type.GetConstructors()
            .Where(c => c.GetParameters().All(p => p.HasDefaultValue || cells.ContainsKey(Key(p.Name!))))
            .MaxBy(c => c.GetParameters().Length)
            ?? throw new InvalidOperationException($"{type.Name} has no public constructor that the columns {string.Join(", ", columns)} can fill.");
        var args = constructor.GetParameters().Select(p =>
        {
            if (!cells.TryGetValue(Key(p.Name!), out var cell))
            {
                return p.DefaultValue;
            }

            used.Add(Key(p.Name!));
            return ConvertCell(cell, p.ParameterType, type);
        }).ToArray();
        var instance = constructor.Invoke(args);

        foreach (var (key, cell) in cells.Where(c => !used.Contains(c.Key)))
        {
            var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p => Key(p.Name) == key && p.CanWrite)
                ?? throw new InvalidOperationException($"Column '{cell.Column}' matches no writable property or constructor parameter of {type.Name}.");
            property.SetValue(instance, ConvertCell(cell, property.PropertyType, type));
        }

        return instance;
    }

    private static object? ConvertCell((string Column, string Value) cell, Type target, Type owner) =>
        ValueConverter.TryConvert(cell.Value, target, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"Column '{cell.Column}' of {owner.Name}: cannot convert '{cell.Value}' to {target.Name}.");

    private static string Key(string name) => name.Replace(" ", string.Empty).Replace("_", string.Empty).Replace("-", string.Empty).ToLowerInvariant();
}
