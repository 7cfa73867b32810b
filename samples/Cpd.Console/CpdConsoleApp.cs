using System.CommandLine;
using Cpd.Console.Commands;
using Cpd.Domain;
using Cpd.Storage;
using NodaTime;

namespace Cpd.Console;

/// <summary>The <c>cpd</c> command: a member's CPD journal on the command line.</summary>
internal static class CpdConsoleApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IClock clock)
    {
        var context = new CommandContext(new GlobalOptions(), clock, output, error);
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            await error.WriteLineAsync($"cpd: {parse.Errors[0].Message} (see 'cpd --help')");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parse.InvokeAsync(configuration);
        }
        catch (Exception exception)
        {
            return await ErrorReport.WriteAsync(error, exception);
        }
    }

    private static RootCommand BuildRoot(CommandContext context)
    {
        var root = new RootCommand("Record, reflect on and report your continuing professional development.");
        context.Globals.AddTo(root);
        foreach (var command in AllCommands(context))
        {
            root.Add(command);
        }

        return root;
    }

    private static IEnumerable<Command> AllCommands(CommandContext context) =>
    [
        AddCommand.Create(context),
        ListCommand.Create(context),
        ShowCommand.Create(context),
        AnswerCommand.Create(context),
        ClearAnswerCommand.Create(context),
        NotesCommand.Create(context),
        ReminderCommand.Create(context),
        RemindersCommand.Create(context),
        SummaryCommand.Create(context),
        PlanCommand.Create(context),
        ReportCommand.Create(context),
        ImportCommand.Create(context),
        QuestionsCommand.Create(context),
        DemoCommand.Create(context),
        SchemesCommand.Create(context), ComplianceCommand.Create(context),
    ];
}
