using Cpd.Domain.Planning;
using NodaTime;

namespace Cpd.Domain.Records;

/// <summary>
/// What a member says about an activity, apart from the reflective answers: the title and the optional
/// facts and plans around it. Use it to create a record and to change one.
/// </summary>
public sealed record CpdRecordDetails
{
    /// <summary>Gets the title; required, trimmed, at most <see cref="CpdRecordLimits.TitleMaxLength"/> characters.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the date of the activity, if known.</summary>
    public LocalDate? ActivityDate { get; init; }

    /// <summary>Gets the activity category, such as <c>Formal/educational</c>, if any.</summary>
    public string? Category { get; init; }

    /// <summary>Gets the hours spent, if counted: from 0 to <see cref="CpdRecordLimits.MaxHours"/>.</summary>
    public decimal? Hours { get; init; }

    /// <summary>Gets the member's quick notes to finish later; empty when there are none.</summary>
    /// <value>Kept exactly as typed, line breaks included. Defaults to the empty string.</value>
    public string Notes { get; init; } = string.Empty;

    /// <summary>Gets the date by which the member means to complete the record, if they set a reminder.</summary>
    public LocalDate? ReminderDate { get; init; }

    /// <summary>Gets the development objectives in the member's plan that the activity serves.</summary>
    /// <value>At most <see cref="CpdRecordLimits.MaxObjectives"/>; defaults to <see cref="ObjectiveSet.None"/>.</value>
    public ObjectiveSet Objectives { get; init; } = ObjectiveSet.None;

    /// <summary>
    /// Gets the record whose "next steps" this activity follows up, when the member planned it from an earlier
    /// reflection; otherwise <see langword="null"/>.
    /// </summary>
    public CpdRecordId? FollowsUp { get; init; }

    /// <summary>
    /// Gets whether the activity was planned: it serves an objective in the member's development plan, or it
    /// follows up an earlier record's next steps. Other activities are unplanned.
    /// </summary>
    public bool IsPlanned => Objectives is { Count: > 0 } || FollowsUp is not null;

    /// <summary>Checks every field and collects each problem found.</summary>
    /// <returns>The problems, in field order; empty when the details are valid.</returns>
    public IReadOnlyList<ValidationError> Validate() => DetailsRules.Check(this);

    /// <summary>Returns the details as they are stored: title and category trimmed, a blank category removed.</summary>
    /// <returns>The normalised details.</returns>
    /// <exception cref="CpdValidationException">A field is invalid; every problem is listed.</exception>
    public CpdRecordDetails Normalize()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new CpdValidationException(errors);
        }

        return Normalized();
    }

    /// <summary>Normalises details that have already passed <see cref="Validate"/>.</summary>
    internal CpdRecordDetails Normalized() =>
        this with
        {
            Title = Title.Trim(),
            Category = TextRules.IsBlank(Category) ? null : Category.Trim(),
            Notes = Notes ?? string.Empty,
            Objectives = Objectives ?? ObjectiveSet.None,
        };
}
