using System.CommandLine;

namespace Cpd.Console.Commands;

/// <summary><c>cpd questions</c>: the reflective questions and their keys.</summary>
internal static class QuestionsCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("questions", "List the reflective questions and their keys.");
        context.SetAction(command, async (_, session, _) =>
        {
            foreach (var question in session.Journal.CurrentFramework.Questions)
            {
                await session.Output.WriteLineAsync($"{question.Key,-14} {question.Text}");
            }
        });
        return command;
    }
}
