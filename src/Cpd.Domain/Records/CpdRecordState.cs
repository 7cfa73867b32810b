using Cpd.Domain.Frameworks;
using NodaTime;

namespace Cpd.Domain.Records;

/// <summary>
/// A record's state as a store keeps it: plain data, for store implementations. Turn it into a record
/// with <see cref="CpdRecord.Restore"/>, which checks every rule again.
/// </summary>
public sealed record CpdRecordState
{
    /// <summary>Gets the record's identity.</summary>
    public required CpdRecordId Id { get; init; }

    /// <summary>Gets the owning member.</summary>
    public required MemberId MemberId { get; init; }

    /// <summary>Gets the reflection framework at the record's version.</summary>
    public required ReflectionFramework Framework { get; init; }

    /// <summary>Gets the details.</summary>
    public required CpdRecordDetails Details { get; init; }

    /// <summary>Gets the version that last changed the details.</summary>
    public required long DetailsRevision { get; init; }

    /// <summary>Gets the saved answers by question key.</summary>
    public required IReadOnlyDictionary<string, ReflectionAnswer> Answers { get; init; }

    /// <summary>Gets when the record was created.</summary>
    public required Instant CreatedAt { get; init; }

    /// <summary>Gets when the record last changed.</summary>
    public required Instant UpdatedAt { get; init; }

    /// <summary>Gets the concurrency version.</summary>
    public required long Version { get; init; }
}
