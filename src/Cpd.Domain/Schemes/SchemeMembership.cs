using NodaTime;

namespace Cpd.Domain.Schemes;

/// <summary>What a scheme needs to know about one member: when they registered, and their exemption periods.</summary>
public sealed record SchemeMembership
{
    /// <summary>Gets a membership with no registration date and no exemptions.</summary>
    public static SchemeMembership Unregistered { get; } = new();

    /// <summary>Gets the date the member registered with the body, if known.</summary>
    public LocalDate? Registered { get; init; }

    /// <summary>Gets the member's exemption periods, which must not overlap.</summary>
    /// <value>Defaults to none.</value>
    public IReadOnlyList<SchemeExemption> Exemptions { get; init; } = [];

    /// <summary>Checks the registration date and the exemption periods and collects each problem found.</summary>
    /// <returns>The problems; empty when the membership is valid.</returns>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new List<ValidationError>();
        if (DateRules.Check("registered", Registered) is { } registered)
        {
            errors.Add(registered);
        }

        var periods = Exemptions ?? [];
        for (var i = 0; i < periods.Count; i++)
        {
            var field = $"exemptions[{i}]";
            var error = periods[i] is { } exemption ? Check(field, exemption) : Problem(field, "is required.");
            if (error is null && periods.Take(i).Any(other => Overlap(other, periods[i])))
            {
                error = Problem(field, "overlaps an earlier exemption period; periods must not overlap.");
            }

            if (error is not null)
            {
                errors.Add(error);
            }
        }

        return errors;
    }

    private static ValidationError? Check(string field, SchemeExemption exemption) =>
        DateRules.Check($"{field}.start", exemption.Start)
        ?? DateRules.Check($"{field}.end", exemption.End)
        ?? CheckPeriod(field, exemption);

    private static ValidationError? CheckPeriod(string field, SchemeExemption exemption) => exemption switch
    {
        { End: var end, Start: var start } when end < start => Problem($"{field}.end", "must not be before the start."),
        { Kind: ExemptionKind.PartTime, WorkingFraction: <= 0 or >= 1 } =>
            Problem($"{field}.workingFraction", "must be above 0 and below 1 for part-time work, such as 0.6."),
        { Kind: not (ExemptionKind.PartTime or ExemptionKind.CareerBreak) } =>
            Problem($"{field}.kind", "must be a career break or part-time work."),
        _ => null,
    };

    private static bool Overlap(SchemeExemption? first, SchemeExemption second) =>
        first is not null && first.Start <= second.End && second.Start <= first.End;

    private static ValidationError Problem(string field, string message) =>
        new(field, ValidationRule.OutOfRange, message);

    /// <summary>Creates a membership from a registration date.</summary>
    /// <param name="registered">The date the member registered.</param>
    /// <returns>The membership, with no exemptions.</returns>
    public static SchemeMembership From(LocalDate registered) => new() { Registered = registered };
}
