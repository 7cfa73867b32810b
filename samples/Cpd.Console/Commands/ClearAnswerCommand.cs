using System.CommandLine;
using Cpd.Domain.Records;

namespace Cpd.Console.Commands;

/// <summary><c>cpd clear-answer</c>: clears the answer to one reflective question.</summary>
internal static class ClearAnswerCommand
{
    public static Command Create(CommandContext context)
    {
        var reference = RecordArgument.Create();
        var question = new Argument<string>("question") { Description = "The question key, as 'cpd questions' lists." };
        var command = new Command("clear-answer", "Clear your answer to one question.") { reference, question };
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var record = await RecordReference.ResolveAsync(session, parse.GetValue(reference)!, cancellationToken);
            var key = parse.GetValue(question)!;
            var revision = record.AnswerTo(key)?.Revision ?? CpdRecord.NoRevision;
            var saved = await session.Journal.ClearAnswerAsync(session.Member, record.Id, key, revision, cancellationToken);
            await session.Output.WriteLineAsync($"Cleared '{key}'. {saved.Title} is {Printer.Status(saved.Status)}.");
        });
        return command;
    }
}
