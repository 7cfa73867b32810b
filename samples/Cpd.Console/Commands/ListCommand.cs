using System.CommandLine;

namespace Cpd.Console.Commands;

/// <summary><c>cpd list</c>: the member's records, numbered.</summary>
internal static class ListCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("list", "List your records, oldest activity first.");
        context.SetAction(command, async (_, session, cancellationToken) =>
        {
            var records = await session.Journal.ListRecordsAsync(session.Member, cancellationToken);
            await Printer.ListAsync(session.Output, records, session.Today);
        });
        return command;
    }
}
