using System.CommandLine;
using System.Globalization;
using Cpd.Domain.Schemes;
using Cpd.Reporting;
using NodaTime;

namespace Cpd.Console.Commands;

/// <summary>
/// <c>cpd report</c>: writes the member's records as HTML, Markdown, CSV or JSON, all of them or those a date
/// range and statuses select, with the built-in template or one from a file, to a file or standard output. The
/// report always shows the member's development plan, and their compliance with each scheme named.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CommandContext context)
    {
        var format = new Option<CpdReportFormat>("--format", "-f")
        {
            Description = "html, markdown, csv or json (default: html).",
            CustomParser = ReportArguments.ParseFormat,
            DefaultValueFactory = _ => CpdReportFormat.Html,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write ('-' for standard output; default: cpd-report.html, .md, .csv or .json).",
        }.RequireText("a file name, or - for standard output");
        var from = new Option<LocalDate?>("--from")
        {
            Description = "Only records dated on or after this day (yyyy-MM-dd); an undated record counts by the day "
                + "it was added.",
            CustomParser = DateArguments.ParseOptional,
        };
        var to = new Option<LocalDate?>("--to")
        {
            Description = "Only records dated on or before this day (yyyy-MM-dd).",
            CustomParser = DateArguments.ParseOptional,
        };
        var status = new Option<CpdReportStatusFilter[]>("--status")
        {
            Description = "Only records that are completed, in-progress, not-started or overdue; repeat for several.",
            CustomParser = ReportArguments.ParseStatuses,
            Arity = ArgumentArity.ZeroOrMore,
        };
        var culture = new Option<CultureInfo>("--culture")
        {
            Description = "The culture of dates and numbers in HTML and Markdown, such as en-GB (default: invariant).",
            CustomParser = ReportArguments.ParseCulture,
            DefaultValueFactory = _ => CultureInfo.InvariantCulture,
        };
        var template = new Option<FileInfo?>("--template")
        {
            Description = "A Scriban template file to use instead of the built-in one for the format.",
        };

        var schemes = new SchemeArguments();
        var command = new Command("report", "Write a report of your records and plan: HTML, Markdown, CSV or JSON.")
        {
            format, output, from, to, status, culture, template,
        };
        schemes.AddTo(command);
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var request = new ReportRequest(
                parse.GetValue(format),
                new CpdReportOptions
                {
                    From = parse.GetValue(from),
                    To = parse.GetValue(to),
                    Statuses = parse.GetValue(status) ?? [],
                    Culture = parse.GetValue(culture)!,
                },
                parse.GetValue(template)?.FullName)
            {
                Schemes = schemes.Chosen(parse),
                Membership = new SchemeMembership { Registered = parse.GetValue(schemes.Registered) },
            };
            var path = parse.GetValue(output) ?? ReportArguments.DefaultFileName(request.Format);
            await ReportFiles.WriteAsync(session, request, path, cancellationToken);
        });
        return command;
    }
}
