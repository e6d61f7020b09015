using System.ComponentModel;
using System.Globalization;

namespace MfaConformance.Bdd;

/// <summary>Converts step and table text to .NET types: primitives, enums (by name, any case, spaces ignored), Guid, dates, nullable.</summary>
internal static class ValueConverter
{
    public static bool TryConvert(string value, Type target, CultureInfo culture, out object? result)
    {
        result = null;
        if (target == typeof(string) || target == typeof(object))
        {
            result = value;
            return true;
        }

        var underlying = Nullable.GetUnderlyingType(target);
        if (underlying is not null)
        {
            if (value.Length == 0 || value.Equals("null", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            target = underlying;
        }

        try
        {
            result = Convert(value.Trim(), target, culture);
            return result is not null;
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException or NotSupportedException or InvalidCastException)
        {
            return false;
        }
    }

    public static object Convert(string value, Type target, CultureInfo culture)
    {
        if (target.IsEnum)
        {
            var compact = value.Replace(" ", string.Empty).Replace("-", string.Empty).Replace("_", string.Empty);
            var name = Enum.GetNames(target).FirstOrDefault(n => n.Replace("_", string.Empty).Equals(compact, StringComparison.OrdinalIgnoreCase));
            return name is not null ? Enum.Parse(target, name) : throw new FormatException($"'{value}' is not one of {string.Join(", ", Enum.GetNames(target))}.");
        }

        if (target == typeof(bool))
        {
            return value.ToLowerInvariant() switch
            {
                "true" or "yes" or "y" or "1" => true,
                "false" or "no" or "n" or "0" => false,
                _ => throw new FormatException($"'{value}' is not a boolean."),
            };
        }

        if (target == typeof(decimal) || target == typeof(double) || target == typeof(float))
        {
            value = NormalizeDecimal(value, culture);
        }

        if (target == typeof(Guid))
        {
            return Guid.Parse(value);
        }

        if (target == typeof(TimeSpan))
        {
            return TimeSpan.Parse(value, culture);
        }

        if (target == typeof(DateTimeOffset))
        {
            return DateTimeOffset.Parse(value, culture);
        }

        if (target == typeof(Uri))
        {
            return new Uri(value, UriKind.RelativeOrAbsolute);
        }

        if (typeof(IConvertible).IsAssignableFrom(target))
        {
            return System.Convert.ChangeType(value, target, culture);
        }

        return TypeDescriptor.GetConverter(target).ConvertFromString(null, culture, value)
            ?? throw new FormatException($"'{value}' converts to null.");
    }

    private static string NormalizeDecimal(string value, CultureInfo culture)
    {
        var separator = culture.NumberFormat.NumberDecimalSeparator;
        return separator == "." ? value.Replace(',', '.') : value.Replace(".", separator);
    }
}
