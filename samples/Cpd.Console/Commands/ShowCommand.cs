using System.CommandLine;

namespace Cpd.Console.Commands;

/// <summary><c>cpd show</c>: one record with its questions and answers.</summary>
internal static class ShowCommand
{
    public static Command Create(CommandContext context)
    {
        var reference = RecordArgument.Create();
        var command = new Command("show", "Show one record with its questions and answers.") { reference };
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var record = await RecordReference.ResolveAsync(session, parse.GetValue(reference)!, cancellationToken);
            await Printer.RecordAsync(session.Output, record, session.Today);
        });
        return command;
    }
}
