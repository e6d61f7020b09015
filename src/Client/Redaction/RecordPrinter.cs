using System.Collections;
using System.Reflection;
using System.Text;

namespace MfaConformance.Client.Redaction;

/// <summary>
/// Prints a record's public properties for <c>ToString</c> with every secret property masked.
/// Records that carry secrets call it from their <c>PrintMembers</c> override.
/// </summary>
internal static class RecordPrinter
{
    private static readonly HashSet<string> SecretNames =
        new(SecretRedactor.DefaultSecretKeys.Append("fixedOtp"), StringComparer.OrdinalIgnoreCase);

    public static bool Print(StringBuilder builder, object record)
    {
        var first = true;
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
                continue;
            if (!first)
                builder.Append(", ");
            first = false;
            builder.Append(property.Name).Append(" = ");
            var value = property.GetValue(record);
            if (value is not null && SecretNames.Contains(property.Name))
                builder.Append(SecretRegistry.Mask);
            else
                AppendValue(builder, value);
        }
        return !first;
    }

    private static void AppendValue(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                builder.Append(s);
                break;
            case IDictionary dictionary:
                builder.Append("{ ").Append(string.Join(", ", dictionary.Keys.Cast<object>())).Append(" }");
                break;
            case IEnumerable items:
                builder.Append("[ ").Append(string.Join(", ", items.Cast<object?>().Select(i => i?.ToString()))).Append(" ]");
                break;
            default:
                builder.Append(value);
                break;
        }
    }
}
