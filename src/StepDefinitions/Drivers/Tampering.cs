namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>"One character changed" (N6): a letter or digit near the middle of the value is replaced by another.</summary>
public static class Tampering
{
    public static string Tamper(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        var chars = value.ToCharArray();
        for (var offset = 0; offset < chars.Length; offset++)
        {
            var index = (chars.Length / 2 + offset) % chars.Length;
            if (char.IsAsciiLetterOrDigit(chars[index]))
            {
                chars[index] = chars[index] == 'A' ? 'B' : 'A';
                return new string(chars);
            }
        }

        chars[^1] = chars[^1] == 'A' ? 'B' : 'A';
        return new string(chars);
    }
}
