namespace Cpd.Storage.Json;

/// <summary>The whole store file: a format marker, its schema version, every record, reminder and plan.</summary>
internal sealed class JsonStoreFileDocument
{
    public const string FormatName = "cpd-library/records";

    /// <summary>
    /// Version 2 added the reminder ledger, version 3 the development plans; an older file reads as having sent no
    /// reminder and holding no plan, and is upgraded on its next write.
    /// </summary>
    public const int CurrentSchemaVersion = 3;

    public string Format { get; set; } = string.Empty;

    public int SchemaVersion { get; set; }

    public List<CpdRecordDocument> Records { get; set; } = [];

    public List<ReminderStateDocument>? Reminders { get; set; }

    public List<ObjectiveDocument>? Objectives { get; set; }

    public List<PlanReviewDocument>? PlanReviews { get; set; }
}
