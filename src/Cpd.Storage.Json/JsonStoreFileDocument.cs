namespace Cpd.Storage.Json;

/// <summary>The whole store file: a format marker, its schema version, and every record.</summary>
internal sealed class JsonStoreFileDocument
{
    public const string FormatName = "cpd-library/records";

    public string Format { get; set; } = string.Empty;

    public int SchemaVersion { get; set; }

    public List<CpdRecordDocument> Records { get; set; } = [];
}
