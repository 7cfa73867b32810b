using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Cpd.Domain;
using Cpd.Domain.Frameworks;

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

    public async Task<CpdRecordSet> ReadAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!File.Exists(Path))
        {
            return CpdRecordSet.Empty;
        }

        var document = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return ToRecordSet(document);
    }

    public async Task ChangeAsync(Func<CpdRecordSet, CpdRecordSet> change, CancellationToken cancellationToken)
    {
        await _writers.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var writerLock = await WriterLock.AcquireAsync(
                Path + ".lock", _options.BusyTimeout, cancellationToken).ConfigureAwait(false);
            var changed = change(await ReadAsync(cancellationToken).ConfigureAwait(false));
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

        if (document.SchemaVersion is < 1 or > CpdJson.SchemaVersion)
        {
            throw Unreadable(
                $"it has schema version {document.SchemaVersion}, and this library reads 1 to {CpdJson.SchemaVersion}",
                null);
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

    private static Task WriteAsync(Stream stream, CpdRecordSet records)
    {
        var document = new JsonStoreFileDocument
        {
            Format = JsonStoreFileDocument.FormatName,
            SchemaVersion = CpdJson.SchemaVersion,
            Records = [.. records.All.OrderBy(record => record.MemberId.Value, StringComparer.Ordinal)
                .ThenBy(record => record, CpdRecordOrder.Instance)
                .Select(CpdJson.ToDocument)],
        };
        return JsonSerializer.SerializeAsync(stream, document, JsonStoreContext.Shared.JsonStoreFileDocument);
    }

    private CpdStoreException Unreadable(string reason, Exception? inner) => new(
        $"The store file '{Path}' cannot be read ({reason}). It was left untouched: restore it from a backup, " +
        "or move it away to start an empty store.",
        inner);
}
