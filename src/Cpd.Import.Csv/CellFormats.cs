using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Import.Csv;

/// <summary>The formats of the values a CSV log holds in text: ISO dates and invariant decimals.</summary>
internal static class CellFormats
{
    private const int LongestValueShown = 40;

    private const NumberStyles HoursStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static bool TryParseDate(string text, out LocalDate date)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    public static bool TryParseHours(string text, out decimal hours) =>
        decimal.TryParse(text, HoursStyle, CultureInfo.InvariantCulture, out hours);

    public static string NotADate(string text) =>
        $"{Shown(text)} is not a date in the form yyyy-MM-dd, such as 2026-03-18.";

    public static string NotHours(string text) =>
        $"{Shown(text)} is not a number of hours such as 2 or 1.5 (write decimals with a full stop).";

    /// <summary>Quotes a value for a message, shortened so that a misplaced paragraph does not flood it.</summary>
    private static string Shown(string text) =>
        text.Length <= LongestValueShown ? $"'{text}'" : $"'{text[..LongestValueShown]}…'";
}
