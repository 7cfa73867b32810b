using System.CommandLine;
using Cpd.Domain.Records;

namespace Cpd.Console.Commands;

/// <summary><c>cpd answer</c>: saves the answer to one reflective question.</summary>
internal static class AnswerCommand
{
    public static Command Create(CommandContext context)
    {
        var reference = RecordArgument.Create();
        var question = new Argument<string>("question") { Description = "The question key, as 'cpd questions' lists." };
        var text = new Argument<string>("text") { Description = "Your answer." };
        var command = new Command("answer", "Save your answer to one question.") { reference, question, text };
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var record = await RecordReference.ResolveAsync(session, parse.GetValue(reference)!, cancellationToken);
            var key = parse.GetValue(question)!;
            var revision = record.AnswerTo(key)?.Revision ?? CpdRecord.NoRevision;
            var saved = await session.Journal.SaveAnswerAsync(
                session.Member, record.Id, key, parse.GetValue(text)!, revision, cancellationToken);
            await session.Output.WriteLineAsync(
                $"Saved '{key}'. {saved.Title} is {Printer.Status(saved.Status)} " +
                $"({saved.Answers.Count} of {saved.Framework.Questions.Count} answered).");
        });
        return command;
    }
}
