using System.Collections.Immutable;
using NodaTime;

namespace Cpd.Domain.Planning;

/// <summary>
/// What a member says about a development objective: what they mean to develop, why, by when, which categories
/// or competences it serves, and where it stands. Use it to set an objective and to change one.
/// </summary>
public sealed record ObjectiveDetails
{
    /// <summary>Gets the title; required, trimmed, at most <see cref="PlanLimits.TitleMaxLength"/> characters.</summary>
    public required string Title { get; init; }

    /// <summary>Gets why the member set the objective: the need or goal behind it; empty when not given.</summary>
    public string Why { get; init; } = string.Empty;

    /// <summary>Gets the date by which the member means to meet it, if any.</summary>
    public LocalDate? TargetDate { get; init; }

    /// <summary>
    /// Gets the activity categories or competences the objective serves, such as <c>Formal/educational</c>;
    /// trimmed, blank ones and repeats removed, in the member's order.
    /// </summary>
    public ImmutableArray<string> Serves { get; init; } = [];

    /// <summary>Gets where the objective stands; <see cref="ObjectiveStatus.Planned"/> by default.</summary>
    public ObjectiveStatus Status { get; init; } = ObjectiveStatus.Planned;

    /// <summary>Checks every field and collects each problem found.</summary>
    /// <returns>The problems, in field order; empty when the details are valid.</returns>
    public IReadOnlyList<ValidationError> Validate() => ObjectiveRules.Check(this);

    /// <summary>Returns the details as they are stored: text trimmed, blank and repeated entries of <see cref="Serves"/> removed.</summary>
    /// <returns>The normalised details.</returns>
    /// <exception cref="CpdValidationException">A field is invalid; every problem is listed.</exception>
    public ObjectiveDetails Normalize()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new CpdValidationException(errors);
        }

        return this with
        {
            Title = Title.Trim(),
            Why = Why ?? string.Empty,
            Serves = ObjectiveRules.NormalizeServes(Serves),
        };
    }

    /// <inheritdoc />
    public bool Equals(ObjectiveDetails? other) =>
        other is not null
        && Title == other.Title
        && Why == other.Why
        && TargetDate == other.TargetDate
        && Status == other.Status
        && Serves.SequenceEqual(other.Serves);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Why, TargetDate, Status, Serves.Length);
}
