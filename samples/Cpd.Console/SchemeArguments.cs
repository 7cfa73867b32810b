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
        .. (parse.GetValue(Schemes) ?? []).Select(Shipped),
        .. (parse.GetValue(Files) ?? []).Select(FromFile),
    ];

    /// <summary>
    /// Checks the records against each scheme named, for the cycle holding the member's today; every scheme's
    /// cycles are placed before any is evaluated, so a refusal comes before anything is printed.
    /// </summary>
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
        chosen.ForEach(scheme => CheckRegistration(scheme, membership.Registered, today));
        return SchemeCompliance.EvaluateAll(
            chosen.Select(scheme => new SchemeEnrolment(scheme, membership)), records, today);
    }

    private static CpdScheme Shipped(string id) => InputNames.Read("--scheme", () => SchemeCatalog.Shipped.Get(id));

    private static CpdScheme FromFile(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw SchemeFileProblem(ValidationRule.Required, "the path is empty: give a scheme file's path.");
        }

        if (Directory.Exists(path))
        {
            throw SchemeFileProblem(ValidationRule.OutOfRange, $"'{path}' is a folder, not a scheme file.");
        }

        if (!File.Exists(path))
        {
            throw SchemeFileProblem(ValidationRule.OutOfRange, $"no file at '{path}'.");
        }

        try
        {
            return SchemeReader.ReadFile(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw SchemeFileProblem(
                ValidationRule.OutOfRange, $"'{path}' cannot be read: check that it exists and you may read it.");
        }
    }

    /// <summary>
    /// Refuses, before anything is printed, a scheme whose cycles cannot be placed: one that needs the
    /// registration date without it, or a registration date after today.
    /// </summary>
    private static void CheckRegistration(CpdScheme scheme, LocalDate? registered, LocalDate today)
    {
        if (registered is not { } joined)
        {
            if (scheme.Cycle.NeedsRegistration)
            {
                throw RegistrationProblem(ValidationRule.Required, WhyRegistrationIsNeeded(scheme));
            }

            return;
        }

        var firstStart = scheme.Cycle.CycleOn(joined, joined).Start;
        if (today < firstStart)
        {
            throw RegistrationProblem(
                ValidationRule.OutOfRange,
                $"{Printer.Date(joined)} puts your first cycle of {scheme.Id} on {Printer.Date(firstStart)}, " +
                $"after today ({Printer.Date(today)}): check the date you registered, or --today.");
        }
    }

    private static string WhyRegistrationIsNeeded(CpdScheme scheme) =>
        scheme.Cycle.Anchor == CycleAnchorKind.Registration
            ? $"{scheme.Id} counts its cycles from the date you registered; give it as yyyy-MM-dd."
            : $"{scheme.Id} has cycles of {CompliancePrinter.Cycle(scheme.Cycle)}, which do not fit a calendar " +
              "year, so the date you registered decides when yours start; give it as yyyy-MM-dd.";

    private static CpdValidationException SchemeFileProblem(ValidationRule rule, string message) =>
        new(new ValidationError("--scheme-file", rule, message));

    private static CpdValidationException RegistrationProblem(ValidationRule rule, string message) =>
        new(new ValidationError("--registered", rule, message));
}
