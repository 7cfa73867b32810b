using System.CommandLine;

namespace Cpd.Console.Commands;

/// <summary>
/// <c>cpd compliance --scheme ID [--scheme ID…] [--scheme-file PATH…] [--registered DATE]</c>: checks the
/// member's records against each scheme for its current cycle and prints each rule, met or what is left.
/// </summary>
internal static class ComplianceCommand
{
    public static Command Create(CommandContext context)
    {
        var schemes = new SchemeArguments();
        var command = new Command("compliance", "Check your records against CPD schemes: what is met, what is left.");
        schemes.AddTo(command);
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var records = await session.Journal.ListRecordsAsync(session.Member, cancellationToken);
            var results = schemes.Evaluate(parse, records, session.Today, required: true);
            foreach (var result in results)
            {
                await CompliancePrinter.ResultAsync(session.Output, result, cancellationToken);
            }
        });
        return command;
    }
}
