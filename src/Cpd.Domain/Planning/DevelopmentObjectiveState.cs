using NodaTime;

namespace Cpd.Domain.Planning;

/// <summary>A development objective as a store keeps it; see <see cref="DevelopmentObjective.Restore"/>.</summary>
public sealed record DevelopmentObjectiveState
{
    /// <summary>Gets the objective's id.</summary>
    public required ObjectiveId Id { get; init; }

    /// <summary>Gets the member whose plan holds it.</summary>
    public required MemberId MemberId { get; init; }

    /// <summary>Gets the details.</summary>
    public required ObjectiveDetails Details { get; init; }

    /// <summary>Gets when it was set.</summary>
    public required Instant CreatedAt { get; init; }

    /// <summary>Gets when it last changed.</summary>
    public required Instant UpdatedAt { get; init; }

    /// <summary>Gets the concurrency version.</summary>
    public required long Version { get; init; }
}
