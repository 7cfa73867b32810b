using System.CommandLine;

namespace Cpd.Console.Commands;

/// <summary><c>cpd notes</c>: replaces a record's quick notes.</summary>
internal static class NotesCommand
{
    public static Command Create(CommandContext context)
    {
        var reference = RecordArgument.Create();
        var text = new Argument<string>("text") { Description = "The notes; an empty string removes them." };
        var command = new Command("notes", "Set a record's quick notes.") { reference, text };
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var record = await RecordReference.ResolveAsync(session, parse.GetValue(reference)!, cancellationToken);
            var details = record.Details with { Notes = parse.GetValue(text)! };
            await session.Journal.ChangeDetailsAsync(
                session.Member, record.Id, details, record.DetailsRevision, cancellationToken);
            await session.Output.WriteLineAsync($"Notes saved for {record.Title}.");
        });
        return command;
    }
}
