using System.CommandLine;
using Cpd.Domain.Schemes;
using Cpd.Reporting;
using Cpd.Schemes;

namespace Cpd.Console.Commands;

/// <summary>
/// <c>cpd demo</c>: the whole journey in one go on a sample log: import it into a fresh data folder, print
/// the summary with the plan's progress and the default scheme's verdict, and write the report in every format.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The scheme the demo's sample member follows.</summary>
    public const string DemoScheme = "cpd-default";

    public static Command Create(CommandContext context)
    {
        var log = new Option<FileInfo>("--log")
        {
            Description = "The CSV log to import (default: the sample log shipped with this program).",
            DefaultValueFactory = _ => new FileInfo(Path.Combine(AppContext.BaseDirectory, "data", "member-log.csv")),
        };
        var outputDirectory = new Option<DirectoryInfo>("--output-dir")
        {
            Description = "Where the demo keeps its own data folder and writes the report (default: ./cpd-demo).",
            DefaultValueFactory = _ => new DirectoryInfo("cpd-demo"),
        };
        var command = new Command(
            "demo", "Import a sample log into a fresh demo folder, print the summary, write the report in each format.")
        {
            log,
            outputDirectory,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context, parse, parse.GetValue(log)!, parse.GetValue(outputDirectory)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CommandContext context, ParseResult parse, FileInfo log, DirectoryInfo folder, CancellationToken cancellationToken)
    {
        var dataDirectory = Path.Combine(folder.FullName, "data");

        // The demo starts afresh each run; it only ever touches its own folder.
        context.StoreLocation(parse, dataDirectory).Delete();
        var session = context.OpenSession(parse, dataDirectory);

        var count = await ImportCommand.ImportAsync(session, log.FullName, cancellationToken);
        await session.Output.WriteLineAsync($"Imported {count} records from {log.Name} into {dataDirectory}");
        var summary = await session.Journal.GetSummaryAsync(session.Member, session.TimeZone, cancellationToken);
        await Printer.SummaryAsync(session.Output, summary, session.Member.Value, session.Today);
        var progress = await session.Planner().GetProgressAsync(session.Member, session.TimeZone, cancellationToken);
        await SummaryPrinter.PlanAsync(session.Output, progress);

        // The sample member follows the default scheme, so the summary and the reports show their compliance.
        var scheme = SchemeCatalog.Shipped.Get(DemoScheme);
        var records = await session.Journal.ListRecordsAsync(session.Member, cancellationToken);
        await SummaryPrinter.HeadlineAsync(
            session.Output, SchemeCompliance.Evaluate(scheme, records, SchemeMembership.Unregistered, session.Today));

        foreach (var format in Enum.GetValues<CpdReportFormat>())
        {
            var path = Path.Combine(folder.FullName, ReportArguments.DefaultFileName(format));
            var request = new ReportRequest(format, CpdReportOptions.Default) { Schemes = [scheme] };
            await ReportFiles.WriteAsync(session, request, path, cancellationToken);
        }

        return ExitCodes.Success;
    }
}
