using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Cpd.Storage.Json;

/// <summary>
/// Reads and writes records in their versioned JSON shape, with System.Text.Json source generation and
/// NodaTime's ISO-8601 converters.
/// </summary>
public static class CpdJson
{
    /// <summary>
    /// The schema version this library writes, and the newest it reads. Version 2 added the development objectives
    /// a record serves and the record it follows up.
    /// </summary>
    public const int SchemaVersion = 2;

    private static readonly RecordJsonContext Context = new(CreateOptions());

    /// <summary>
    /// Creates serialiser options for record documents: camel-case names, NodaTime ISO converters, and
    /// text kept readable (non-ASCII letters are not escaped). Build a source-generated context over them.
    /// </summary>
    /// <returns>New options; the caller may add to them before first use.</returns>
    public static JsonSerializerOptions CreateOptions() =>
        new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
        }.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    /// <summary>Writes a record as a JSON document.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(CpdRecord record) =>
        JsonSerializer.Serialize(ToDocument(record), Context.CpdRecordDocument);

    /// <summary>Reads a record from a JSON document, checking every rule again.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="frameworks">The frameworks the record may refer to.</param>
    /// <returns>The record.</returns>
    /// <exception cref="CpdStoreException">The text is not a valid record document of a supported version.</exception>
    public static CpdRecord Deserialize(string json, ReflectionFrameworkCatalog frameworks)
    {
        ArgumentNullException.ThrowIfNull(json);
        CpdRecordDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, Context.CpdRecordDocument);
        }
        catch (JsonException exception)
        {
            throw new CpdStoreException($"The record document is not valid JSON: {exception.Message}", exception);
        }

        return ToRecord(document ?? throw new CpdStoreException("The record document is empty."), frameworks);
    }

    /// <summary>Turns a record into its document.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The document, stamped with <see cref="SchemaVersion"/>.</returns>
    public static CpdRecordDocument ToDocument(CpdRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new CpdRecordDocument
        {
            SchemaVersion = SchemaVersion,
            Id = record.Id.Value,
            MemberId = record.MemberId.Value,
            FrameworkId = record.Framework.Id,
            FrameworkVersion = record.Framework.Version,
            Title = record.Title,
            ActivityDate = record.ActivityDate,
            Category = record.Category,
            Hours = record.Hours,
            Notes = record.Notes,
            ReminderDate = record.ReminderDate,
            Objectives = [.. record.Objectives.Select(id => id.Value)],
            FollowsUp = record.FollowsUp?.Value,
            DetailsRevision = record.DetailsRevision,
            Answers = record.Answers.ToDictionary(pair => pair.Key, pair => ToDocument(pair.Value), StringComparer.Ordinal),
            Status = record.Status.ToString(),
            CreatedAt = record.CreatedAt,
            UpdatedAt = record.UpdatedAt,
            Version = record.Version,
        };
    }

    /// <summary>Turns a document back into a record, checking its schema version and every rule.</summary>
    /// <param name="document">The document.</param>
    /// <param name="frameworks">The frameworks the record may refer to.</param>
    /// <returns>The record.</returns>
    /// <exception cref="CpdStoreException">The document is of an unsupported version or breaks a rule.</exception>
    public static CpdRecord ToRecord(CpdRecordDocument document, ReflectionFrameworkCatalog frameworks)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(frameworks);
        if (document.SchemaVersion is < 1 or > SchemaVersion)
        {
            throw new CpdStoreException(string.Create(
                CultureInfo.InvariantCulture,
                $"Record {document.Id} has schema version {document.SchemaVersion}; this library reads 1 to {SchemaVersion}."));
        }

        if (document.Id == Guid.Empty)
        {
            throw Damaged(document, "it has no id");
        }

        try
        {
            return CpdRecord.Restore(ToState(document, frameworks));
        }
        catch (CpdValidationException exception)
        {
            throw new CpdStoreException($"Record {document.Id} is damaged: {exception.Message}", exception);
        }
    }

    private static CpdRecordState ToState(CpdRecordDocument document, ReflectionFrameworkCatalog frameworks) => new()
    {
        Id = new CpdRecordId(document.Id),
        MemberId = MemberId.From(document.MemberId),
        Framework = frameworks.Get(document.FrameworkId, document.FrameworkVersion),
        Details = new CpdRecordDetails
        {
            Title = document.Title,
            ActivityDate = document.ActivityDate,
            Category = document.Category,
            Hours = document.Hours,
            Notes = document.Notes ?? string.Empty,
            ReminderDate = document.ReminderDate,
            Objectives = ReadObjectives(document),
            FollowsUp = document.FollowsUp is { } followed ? new CpdRecordId(followed) : null,
        },
        DetailsRevision = document.DetailsRevision,
        Answers = (document.Answers ?? throw Damaged(document, "it has no answers object")).ToDictionary(
            pair => pair.Key,
            pair => pair.Value is { } answer
                ? new ReflectionAnswer(answer.Text ?? string.Empty, answer.SavedAt, answer.Revision)
                : throw Damaged(document, $"the answer to '{pair.Key}' is null"),
            StringComparer.Ordinal),
        CreatedAt = document.CreatedAt,
        UpdatedAt = document.UpdatedAt,
        Version = document.Version,
    };

    private static ObjectiveSet ReadObjectives(CpdRecordDocument document) =>
        document.Objectives is not { } ids
            ? ObjectiveSet.None
            : ObjectiveSet.Of(ids.Select(id => id == Guid.Empty
                ? throw Damaged(document, "it serves an objective without an id")
                : new ObjectiveId(id)));

    private static CpdStoreException Damaged(CpdRecordDocument document, string reason) =>
        new($"Record {document.Id} is damaged: {reason}.");

    private static CpdAnswerDocument ToDocument(ReflectionAnswer answer) =>
        new() { Text = answer.Text, SavedAt = answer.SavedAt, Revision = answer.Revision };
}
