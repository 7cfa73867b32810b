namespace Cpd.Storage.Json;

/// <summary>The whole store file: a format marker, its schema version, and every record.</summary>
internal sealed class JsonStoreFileDocument
{
    public const string FormatName = "cpd-library/records";

    /// <summary>Version 2 added the reminder ledger; version 1 files read as having sent no reminder.</summary>
    public const int CurrentSchemaVersion = 2;

    public string Format { get; set; } = string.Empty;

    public int SchemaVersion { get; set; }

    public List<CpdRecordDocument> Records { get; set; } = [];

    public List<ReminderStateDocument>? Reminders { get; set; }
}
