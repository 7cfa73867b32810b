using System.CommandLine.Parsing;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Console;

/// <summary>Parses dates and hours on the command line, the same way whatever the machine's culture.</summary>
internal static class DateArguments
{
    public static LocalDate? ParseOptional(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? null : result.Tokens[0].Value;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            result.AddError($"'{text}' is not a date: write it as yyyy-MM-dd, for example 2026-12-03.");
            return null;
        }

        return parsed.Value;
    }

    public static LocalDate ParseRequired(ArgumentResult result) => ParseOptional(result) ?? default;

    public static decimal? ParseHours(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? null : result.Tokens[0].Value;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var hours))
        {
            result.AddError($"'{text}' is not a number of hours: write it like 2.5.");
            return null;
        }

        return hours;
    }
}
