using NodaTime;

namespace Cpd.Domain.Planning;

/// <summary>
/// An objective in a member's development plan: something they mean to develop, why, and by when. Records link
/// to the objectives they serve (<see cref="Records.CpdRecordDetails.Objectives"/>). Objectives are never
/// deleted, so that no link dangles: a member who gives one up marks it <see cref="ObjectiveStatus.Dropped"/>.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads; every change returns a new objective.</remarks>
public sealed class DevelopmentObjective : IEquatable<DevelopmentObjective>
{
    private DevelopmentObjective(DevelopmentObjectiveState state)
    {
        Id = state.Id;
        MemberId = state.MemberId;
        Details = state.Details;
        CreatedAt = state.CreatedAt;
        UpdatedAt = state.UpdatedAt;
        Version = state.Version;
    }

    /// <summary>Gets the objective's identity.</summary>
    public ObjectiveId Id { get; }

    /// <summary>Gets the member whose plan holds it.</summary>
    public MemberId MemberId { get; }

    /// <summary>Gets the title, why, target date, what it serves and its status.</summary>
    public ObjectiveDetails Details { get; }

    /// <summary>Gets the title.</summary>
    public string Title => Details.Title;

    /// <summary>Gets where the objective stands.</summary>
    public ObjectiveStatus Status => Details.Status;

    /// <summary>Gets the date by which the member means to meet it, if any.</summary>
    public LocalDate? TargetDate => Details.TargetDate;

    /// <summary>Gets when it was set.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets when it last changed.</summary>
    public Instant UpdatedAt { get; }

    /// <summary>Gets the concurrency version: 1 when set, one more with every change.</summary>
    public long Version { get; }

    /// <summary>Gets whether the member still pursues it: it is neither achieved nor dropped.</summary>
    public bool IsOpen => Status is ObjectiveStatus.Planned or ObjectiveStatus.InProgress;

    /// <summary>Sets a new objective in a member's plan.</summary>
    /// <param name="id">Its new id (see <see cref="ObjectiveId.New"/>).</param>
    /// <param name="memberId">The member.</param>
    /// <param name="details">What the member says about it.</param>
    /// <param name="clock">The clock that stamps the creation instant.</param>
    /// <returns>The objective, at version 1.</returns>
    /// <exception cref="CpdValidationException">A field is invalid; every problem is listed.</exception>
    public static DevelopmentObjective Create(ObjectiveId id, MemberId memberId, ObjectiveDetails details, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(clock);
        ThrowIfUninitialized(id, memberId);
        var now = clock.GetCurrentInstant();
        return new DevelopmentObjective(new DevelopmentObjectiveState
        {
            Id = id, MemberId = memberId, Details = details.Normalize(), CreatedAt = now, UpdatedAt = now, Version = 1,
        });
    }

    /// <summary>Rebuilds an objective read back from a store, checking every rule again.</summary>
    /// <param name="state">The stored state.</param>
    /// <returns>The objective.</returns>
    /// <exception cref="CpdValidationException">The stored state breaks a rule.</exception>
    public static DevelopmentObjective Restore(DevelopmentObjectiveState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        ThrowIfUninitialized(state.Id, state.MemberId);
        if (state.Version < 1)
        {
            throw new CpdValidationException(
                new ValidationError("version", ValidationRule.OutOfRange, "A stored version starts at 1."));
        }

        return new DevelopmentObjective(state with { Details = state.Details.Normalize() });
    }

    /// <summary>Gets the objective's state in the shape a store keeps, the inverse of <see cref="Restore"/>.</summary>
    /// <returns>The state.</returns>
    public DevelopmentObjectiveState ToState() => new()
    {
        Id = Id, MemberId = MemberId, Details = Details, CreatedAt = CreatedAt, UpdatedAt = UpdatedAt, Version = Version,
    };

    /// <summary>Changes what the member says about the objective, its status included.</summary>
    /// <param name="details">The details as the member wants them now.</param>
    /// <param name="expectedVersion">The <see cref="Version"/> the member started from.</param>
    /// <param name="clock">The clock that stamps the change.</param>
    /// <returns>The changed objective; this same objective when nothing changes.</returns>
    /// <exception cref="CpdValidationException">A field is invalid; every problem is listed.</exception>
    /// <exception cref="CpdObjectiveConflictException">It was changed meanwhile in another sitting.</exception>
    public DevelopmentObjective Change(ObjectiveDetails details, long expectedVersion, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(clock);
        var normalized = details.Normalize();
        if (normalized == Details)
        {
            return this;
        }

        if (expectedVersion != Version)
        {
            throw new CpdObjectiveConflictException(normalized, Details);
        }

        return new DevelopmentObjective(
            ToState() with { Details = normalized, UpdatedAt = clock.GetCurrentInstant(), Version = Version + 1 });
    }

    /// <summary>
    /// Tells whether the objective is overdue on the member's date: it is still open and its target date is
    /// before that date. On the target date itself it is not yet overdue.
    /// </summary>
    /// <param name="memberToday">Today on the member's own calendar.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdueOn(LocalDate memberToday) => IsOpen && TargetDate is { } target && memberToday > target;

    /// <inheritdoc />
    public bool Equals(DevelopmentObjective? other) =>
        other is not null && (ReferenceEquals(this, other) || ToState() == other.ToState());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DevelopmentObjective);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version);

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Status}, v{Version})";

    private static void ThrowIfUninitialized(ObjectiveId id, MemberId memberId)
    {
        if (id.Value == Guid.Empty)
        {
            throw new CpdValidationException(new ValidationError("objectiveId", ValidationRule.Required, "An objective id is required."));
        }

        if (memberId == default)
        {
            throw new CpdValidationException(new ValidationError("memberId", ValidationRule.Required, "A member id is required."));
        }
    }
}
