using System.CommandLine;
using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Domain.Schemes;
using Cpd.Schemes;
using NodaTime;

namespace Cpd.Console;

/// <summary>
/// The options that name the schemes to check the member against (<c>--scheme</c>, <c>--scheme-file</c>,
/// <c>--registered</c>), shared by the commands that show compliance.
/// </summary>
internal sealed class SchemeArguments
{
    public Option<string[]> Schemes { get; } = new("--scheme")
    {
        Description = "A shipped scheme's id (see 'cpd schemes'); repeat to check several at once.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Files { get; } = new("--scheme-file")
    {
        Description = "A scheme file a body wrote (JSON, format cpd-scheme/1); repeat for several.",
    };

    public Option<LocalDate?> Registered { get; } = new("--registered")
    {
        Description = "The date you registered with the body (yyyy-MM-dd); needed by schemes counted from it.",
        CustomParser = DateArguments.ParseOptional,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Schemes);
        command.Options.Add(Files);
        command.Options.Add(Registered);
    }

    /// <summary>The schemes named, shipped ones first, in the order given; none when none is named.</summary>
    public List<CpdScheme> Chosen(ParseResult parse) =>
    [
        .. (parse.GetValue(Schemes) ?? []).Select(SchemeCatalog.Shipped.Get),
        .. (parse.GetValue(Files) ?? []).Select(SchemeReader.ReadFile),
    ];

    /// <summary>Checks the records against each scheme named, for the cycle holding the member's today.</summary>
    public IReadOnlyList<ComplianceResult> Evaluate(
        ParseResult parse, IReadOnlyList<CpdRecord> records, LocalDate today, bool required)
    {
        var chosen = Chosen(parse);
        if (required && chosen.Count == 0)
        {
            throw new CpdValidationException(new ValidationError(
                "--scheme",
                ValidationRule.Required,
                "Name at least one scheme with --scheme (see 'cpd schemes') or --scheme-file."));
        }

        var membership = new SchemeMembership { Registered = parse.GetValue(Registered) };
        return SchemeCompliance.EvaluateAll(
            chosen.Select(scheme => new SchemeEnrolment(scheme, membership)), records, today);
    }
}
