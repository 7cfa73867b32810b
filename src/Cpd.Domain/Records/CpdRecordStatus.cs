namespace Cpd.Domain.Records;

/// <summary>Where a record stands in its lifecycle. It follows from the saved answers alone.</summary>
public enum CpdRecordStatus
{
    /// <summary>No question has a saved answer yet.</summary>
    NotStarted,

    /// <summary>Some, but not all, questions have a saved answer.</summary>
    InProgress,

    /// <summary>Every question of the record's framework has a saved, non-blank answer.</summary>
    Completed,
}
