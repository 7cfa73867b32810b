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
        if (BlankToken(result, "a date as yyyy-MM-dd") is not { } text)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            result.AddError(
                $"{Name(result)}: '{text}' is not a date: write it as yyyy-MM-dd, for example 2026-12-03.");
            return null;
        }

        return parsed.Value;
    }

    public static LocalDate ParseRequired(ArgumentResult result) => ParseOptional(result) ?? default;

    public static decimal? ParseHours(ArgumentResult result)
    {
        if (BlankToken(result, "a number of hours such as 2.5") is not { } text)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var hours))
        {
            result.AddError($"{Name(result)}: '{text}' is not a number of hours: write it like 2.5.");
            return null;
        }

        return hours;
    }

    /// <summary>
    /// The token's text, or <see langword="null"/> with an error when it is blank: a value left empty is a
    /// mistake to point out, never a silent "not given" (leaving the option out says that).
    /// </summary>
    private static string? BlankToken(ArgumentResult result, string expected)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (!string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        result.AddError(result.Parent is OptionResult
            ? $"{Name(result)} is empty: give {expected}, or leave the option out."
            : $"{Name(result)} is empty: give {expected}.");
        return null;
    }

    /// <summary>The option or argument as the member wrote it: <c>--registered</c>, or <c>&lt;date&gt;</c>.</summary>
    private static string Name(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : $"<{result.Argument.Name}>";
}
