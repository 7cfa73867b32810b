using System.CommandLine;
using Cpd.Reporting;

namespace Cpd.Console.Commands;

/// <summary>
/// <c>cpd demo</c>: the whole journey in one go on a sample log: import it into a fresh data folder, print
/// the summary and write the report in every format.
/// </summary>
internal static class DemoCommand
{
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

        foreach (var format in Enum.GetValues<CpdReportFormat>())
        {
            var path = Path.Combine(folder.FullName, ReportArguments.DefaultFileName(format));
            var request = new ReportRequest(format, CpdReportOptions.Default);
            await ReportFiles.WriteAsync(session, request, path, cancellationToken);
        }

        return ExitCodes.Success;
    }
}
