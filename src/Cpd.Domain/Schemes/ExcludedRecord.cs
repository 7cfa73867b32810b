using Cpd.Domain.Records;

namespace Cpd.Domain.Schemes;

/// <summary>A record dated in the cycle (or undated) that does not count, and why.</summary>
/// <param name="RecordId">The record's id.</param>
/// <param name="Title">The record's title.</param>
/// <param name="Reason">Why it does not count.</param>
public sealed record ExcludedRecord(CpdRecordId RecordId, string Title, ExclusionReason Reason);
