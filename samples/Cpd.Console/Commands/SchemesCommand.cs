using System.CommandLine;
using Cpd.Schemes;

namespace Cpd.Console.Commands;

/// <summary><c>cpd schemes</c>: the CPD schemes shipped with the library, with their cycles and sources.</summary>
internal static class SchemesCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("schemes", "List the CPD schemes you can check your records against.");
        command.SetAction(async (_, cancellationToken) =>
        {
            foreach (var scheme in SchemeCatalog.Shipped.All)
            {
                await CompliancePrinter.SchemeAsync(context.Output, scheme, cancellationToken);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
