using System.Collections.Immutable;
using NodaTime;

namespace Cpd.Domain.Records;

/// <summary>The changeable part of a record, gathered so that a command can build the next record in one step.</summary>
internal sealed record RecordContent(
    CpdRecordDetails Details,
    long DetailsRevision,
    ImmutableSortedDictionary<string, ReflectionAnswer> Answers,
    CpdRecordStatus Status,
    Instant UpdatedAt,
    long Version);
