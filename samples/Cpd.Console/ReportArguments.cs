using System.CommandLine.Parsing;
using System.Globalization;
using Cpd.Reporting;

namespace Cpd.Console;

/// <summary>Parses the report options of the command line: formats, statuses and cultures by name.</summary>
internal static class ReportArguments
{
    public static readonly IReadOnlyDictionary<string, CpdReportFormat> Formats =
        new Dictionary<string, CpdReportFormat>(StringComparer.OrdinalIgnoreCase)
        {
            ["html"] = CpdReportFormat.Html,
            ["markdown"] = CpdReportFormat.Markdown,
            ["csv"] = CpdReportFormat.Csv,
            ["json"] = CpdReportFormat.Json,
        };

    public static readonly IReadOnlyDictionary<string, CpdReportStatusFilter> Statuses =
        new Dictionary<string, CpdReportStatusFilter>(StringComparer.OrdinalIgnoreCase)
        {
            ["completed"] = CpdReportStatusFilter.Completed,
            ["in-progress"] = CpdReportStatusFilter.InProgress,
            ["not-started"] = CpdReportStatusFilter.NotStarted,
            ["overdue"] = CpdReportStatusFilter.Overdue,
        };

    /// <summary>The file name a report gets when none is given.</summary>
    public static string DefaultFileName(CpdReportFormat format) => format switch
    {
        CpdReportFormat.Markdown => "cpd-report.md",
        CpdReportFormat.Csv => "cpd-report.csv",
        CpdReportFormat.Json => "cpd-report.json",
        _ => "cpd-report.html",
    };

    public static CpdReportFormat ParseFormat(ArgumentResult result) =>
        Lookup(result, Formats, "format") ?? CpdReportFormat.Html;

    public static CpdReportStatusFilter[] ParseStatuses(ArgumentResult result) =>
        [
            .. result.Tokens
                .Select(token => Lookup(result, token.Value, Statuses, "status"))
                .OfType<CpdReportStatusFilter>(),
        ];

    /// <summary>A culture by name (en-GB, fr-FR) or <c>invariant</c>; never the machine's own by accident.</summary>
    public static CultureInfo ParseCulture(ArgumentResult result)
    {
        var name = result.Tokens.Count == 0 ? "invariant" : result.Tokens[0].Value;
        if (string.Equals(name, "invariant", StringComparison.OrdinalIgnoreCase))
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            result.AddError($"'{name}' is not a culture: write a name such as en-GB or fr-FR, or 'invariant'.");
            return CultureInfo.InvariantCulture;
        }
    }

    private static T? Lookup<T>(ArgumentResult result, IReadOnlyDictionary<string, T> names, string what)
        where T : struct =>
        result.Tokens.Count == 0 ? null : Lookup(result, result.Tokens[0].Value, names, what);

    private static T? Lookup<T>(ArgumentResult result, string text, IReadOnlyDictionary<string, T> names, string what)
        where T : struct
    {
        if (names.TryGetValue(text, out var value))
        {
            return value;
        }

        result.AddError($"'{text}' is not a {what}: use one of {string.Join(", ", names.Keys)}.");
        return null;
    }
}
