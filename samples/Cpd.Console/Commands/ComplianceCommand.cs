using System.CommandLine;
using Cpd.Domain.Schemes;
using Cpd.Schemes;
using NodaTime;

namespace Cpd.Console.Commands;

/// <summary>
/// <c>cpd compliance --scheme ID [--scheme ID…] [--scheme-file PATH…] [--registered DATE]</c>: checks the
/// member's records against each scheme for its current cycle and prints each rule, met or what is left.
/// </summary>
internal static class ComplianceCommand
{
    public static Command Create(CommandContext context)
    {
        var schemes = new Option<string[]>("--scheme")
        {
            Description = "A shipped scheme's id (see 'cpd schemes'); repeat to check several at once.",
            AllowMultipleArgumentsPerToken = false,
        };
        var files = new Option<string[]>("--scheme-file")
        {
            Description = "A scheme file a body wrote (JSON, format cpd-scheme/1); repeat for several.",
        };
        var registered = new Option<LocalDate?>("--registered")
        {
            Description = "The date you registered with the body (yyyy-MM-dd); needed by schemes counted from it.",
            CustomParser = DateArguments.ParseOptional,
        };
        var command = new Command("compliance", "Check your records against CPD schemes: what is met, what is left.")
        {
            schemes,
            files,
            registered,
        };
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var chosen = Chosen(parse.GetValue(schemes) ?? [], parse.GetValue(files) ?? []);
            var membership = new SchemeMembership { Registered = parse.GetValue(registered) };
            var records = await session.Journal.ListRecordsAsync(session.Member, cancellationToken);
            var results = SchemeCompliance.EvaluateAll(
                chosen.Select(scheme => new SchemeEnrolment(scheme, membership)), records, session.Today);
            foreach (var result in results)
            {
                await CompliancePrinter.ResultAsync(session.Output, result, cancellationToken);
            }
        });
        return command;
    }

    private static List<CpdScheme> Chosen(string[] ids, string[] files)
    {
        var chosen = ids.Select(SchemeCatalog.Shipped.Get).Concat(files.Select(SchemeReader.ReadFile)).ToList();
        if (chosen.Count == 0)
        {
            throw new Domain.CpdValidationException(new Domain.ValidationError(
                "--scheme",
                Domain.ValidationRule.Required,
                "Name at least one scheme with --scheme (see 'cpd schemes') or --scheme-file."));
        }

        return chosen;
    }
}
