using System.CommandLine;
using System.Text;
using Cpd.Reporting;

namespace Cpd.Console.Commands;

/// <summary><c>cpd report</c>: writes the HTML report of the member's records.</summary>
internal static class ReportCommand
{
    public const string DefaultFileName = "cpd-report.html";

    public static Command Create(CommandContext context)
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = $"The file to write ('-' for standard output; default: {DefaultFileName}).",
            DefaultValueFactory = _ => DefaultFileName,
        }.RequireText("a file name, or - for standard output");
        var command = new Command("report", "Write an HTML report of your records.") { output };
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var path = parse.GetValue(output)!;
            var html = await RenderAsync(session, cancellationToken);
            if (path == "-")
            {
                await session.Output.WriteAsync(html);
                return;
            }

            await File.WriteAllTextAsync(path, html, new UTF8Encoding(false), cancellationToken);
            await session.Output.WriteLineAsync($"Report written to {path}");
        });
        return command;
    }

    public static async Task<string> RenderAsync(ConsoleSession session, CancellationToken cancellationToken)
    {
        var records = await session.Journal.ListRecordsAsync(session.Member, cancellationToken);
        var report = new CpdReport
        {
            MemberId = session.Member,
            MemberName = null,
            Records = records,
            MemberToday = session.Today,
            TimeZone = session.TimeZone,
            GeneratedAt = session.Clock.GetCurrentInstant(),
        };
        return new CpdHtmlReportRenderer().Render(report);
    }
}
