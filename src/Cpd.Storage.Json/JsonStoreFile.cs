using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Domain.Reminders;
using Cpd.Storage.Planning;
using Cpd.Storage.Reminders;

namespace Cpd.Storage.Json;

/// <summary>Reads the store file whole and replaces it atomically, under the writers' lock.</summary>
[SuppressMessage(
    "Reliability",
    "CA1001:Types that own disposable fields should be disposable",
    Justification = "The semaphore never creates its wait handle, so there is nothing to release.")]
internal sealed class JsonStoreFile
{
    private readonly JsonFileStoreOptions _options;
    private readonly ReflectionFrameworkCatalog _frameworks;
    private readonly SemaphoreSlim _writers = new(1, 1);

    public JsonStoreFile(JsonFileStoreOptions options, ReflectionFrameworkCatalog frameworks)
    {
        _options = options;
        _frameworks = frameworks;
    }

    public string Path => _options.FilePath;

    public async Task<CpdRecordSet> ReadAsync(CancellationToken cancellationToken) =>
        (await ReadStateAsync(cancellationToken).ConfigureAwait(false)).Records;

    public async Task<JsonStoreState> ReadStateAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!File.Exists(Path))
        {
            return JsonStoreState.Empty;
        }

        var document = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return new JsonStoreState(ToRecordSet(document), ToLedger(document), ToPlan(document));
    }

    public Task ChangeAsync(Func<CpdRecordSet, CpdRecordSet> change, CancellationToken cancellationToken) =>
        ChangeStateAsync(state => state with { Records = change(state.Records) }, cancellationToken);

    public async Task ChangeStateAsync(Func<JsonStoreState, JsonStoreState> change, CancellationToken cancellationToken)
    {
        await _writers.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var writerLock = await WriterLock.AcquireAsync(
                Path + ".lock", _options.BusyTimeout, cancellationToken).ConfigureAwait(false);
            var changed = change(await ReadStateAsync(cancellationToken).ConfigureAwait(false));
            await AtomicFile.ReplaceAsync(Path, stream => WriteAsync(stream, changed), cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            _writers.Release();
        }
    }

    private async Task<JsonStoreFileDocument> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(
                Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, useAsync: true);
            var document = await JsonSerializer.DeserializeAsync(
                stream, JsonStoreContext.Shared.JsonStoreFileDocument, cancellationToken).ConfigureAwait(false);
            return Check(document);
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            throw Unreadable(exception.Message, exception);
        }
    }

    private JsonStoreFileDocument Check(JsonStoreFileDocument? document)
    {
        if (document is null || document.Format != JsonStoreFileDocument.FormatName)
        {
            throw Unreadable($"it is not marked as a {JsonStoreFileDocument.FormatName} file", null);
        }

        if (document.SchemaVersion is < 1 or > JsonStoreFileDocument.CurrentSchemaVersion)
        {
            throw Unreadable(
                $"it has schema version {document.SchemaVersion}, and this library reads 1 to " +
                $"{JsonStoreFileDocument.CurrentSchemaVersion}",
                null);
        }

        // The serialiser fills in null wherever the file says null, whatever the property's type says.
        if (document.Records is null || document.Records.Contains(null!)
            || document.Reminders?.Contains(null!) == true
            || document.Objectives?.Contains(null!) == true
            || document.PlanReviews?.Contains(null!) == true)
        {
            throw Unreadable("it has null where records, reminders, objectives or plan reviews belong", null);
        }

        return document;
    }

    private CpdRecordSet ToRecordSet(JsonStoreFileDocument document)
    {
        try
        {
            return CpdRecordSet.Of(document.Records.Select(record => CpdJson.ToRecord(record, _frameworks)));
        }
        catch (CpdException exception)
        {
            throw Unreadable(exception.Message, exception);
        }
    }

    private CpdPlanSet ToPlan(JsonStoreFileDocument document)
    {
        try
        {
            return PlanDocuments.ToPlan(document);
        }
        catch (CpdException exception)
        {
            throw Unreadable(exception.Message, exception);
        }
    }

    private static ReminderLedger ToLedger(JsonStoreFileDocument document) => ReminderLedger.Of(
        (document.Reminders ?? []).Select(reminder => KeyValuePair.Create(
            new ReminderKey(new CpdRecordId(reminder.RecordId), reminder.ReminderDate),
            new ReminderDispatchState(reminder.ClaimedBy, reminder.ClaimExpiresAt, reminder.Attempts, reminder.SentAt))));

    private static Task WriteAsync(Stream stream, JsonStoreState state)
    {
        var document = new JsonStoreFileDocument
        {
            Format = JsonStoreFileDocument.FormatName,
            SchemaVersion = JsonStoreFileDocument.CurrentSchemaVersion,
            Records = [.. state.Records.All.OrderBy(record => record.MemberId.Value, StringComparer.Ordinal)
                .ThenBy(record => record, CpdRecordOrder.Instance)
                .Select(CpdJson.ToDocument)],
            Reminders = [.. state.Reminders.States
                .OrderBy(pair => pair.Key.ReminderDate)
                .ThenBy(pair => pair.Key.RecordId.Value)
                .Select(pair => new ReminderStateDocument
                {
                    RecordId = pair.Key.RecordId.Value,
                    ReminderDate = pair.Key.ReminderDate,
                    ClaimedBy = pair.Value.ClaimedBy,
                    ClaimExpiresAt = pair.Value.ClaimExpiresAt,
                    Attempts = pair.Value.Attempts,
                    SentAt = pair.Value.SentAt,
                })],
            Objectives = PlanDocuments.ToDocuments(state.Plan.Objectives),
            PlanReviews = PlanDocuments.ToDocuments(state.Plan.Reviews),
        };
        return JsonSerializer.SerializeAsync(stream, document, JsonStoreContext.Shared.JsonStoreFileDocument);
    }

    private CpdStoreException Unreadable(string reason, Exception? inner) => new(
        $"The store file '{Path}' cannot be read ({reason}). It was left untouched: restore it from a backup, " +
        "or move it away to start an empty store.",
        inner);
}
