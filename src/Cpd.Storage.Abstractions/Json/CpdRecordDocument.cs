using NodaTime;

namespace Cpd.Storage.Json;

/// <summary>
/// The serialised shape of one record (schema version <see cref="CpdJson.SchemaVersion"/>), shared by every
/// store that keeps records as JSON and by exports. Member text is kept exactly; dates are ISO-8601.
/// Version 2 added <see cref="Objectives"/> and <see cref="FollowsUp"/>; a version 1 document reads as an
/// unplanned record.
/// </summary>
public sealed class CpdRecordDocument
{
    /// <summary>Gets or sets the schema version the document was written with.</summary>
    public int SchemaVersion { get; set; }

    /// <summary>Gets or sets the record id.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the owning member's id.</summary>
    public string MemberId { get; set; } = string.Empty;

    /// <summary>Gets or sets the reflection framework id.</summary>
    public string FrameworkId { get; set; } = string.Empty;

    /// <summary>Gets or sets the reflection framework version.</summary>
    public int FrameworkVersion { get; set; }

    /// <summary>Gets or sets the title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>Gets or sets the activity date.</summary>
    public LocalDate? ActivityDate { get; set; }

    /// <summary>Gets or sets the category.</summary>
    public string? Category { get; set; }

    /// <summary>Gets or sets the hours.</summary>
    public decimal? Hours { get; set; }

    /// <summary>Gets or sets the quick notes.</summary>
    public string Notes { get; set; } = string.Empty;

    /// <summary>Gets or sets the reminder date.</summary>
    public LocalDate? ReminderDate { get; set; }

    /// <summary>Gets or sets the ids of the development objectives the record serves; absent before version 2.</summary>
    public List<Guid>? Objectives { get; set; }

    /// <summary>Gets or sets the id of the record whose next steps this one follows up, if any; absent before version 2.</summary>
    public Guid? FollowsUp { get; set; }

    /// <summary>Gets or sets the version that last changed the details.</summary>
    public long DetailsRevision { get; set; }

    /// <summary>Gets or sets the saved answers by question key.</summary>
    public Dictionary<string, CpdAnswerDocument> Answers { get; set; } = [];

    /// <summary>Gets or sets the status as written; informative only, since it is derived again on reading.</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>Gets or sets when the record was created.</summary>
    public Instant CreatedAt { get; set; }

    /// <summary>Gets or sets when the record last changed.</summary>
    public Instant UpdatedAt { get; set; }

    /// <summary>Gets or sets the concurrency version.</summary>
    public long Version { get; set; }
}
