using Cpd.Domain;

namespace Cpd.Storage.Json;

/// <summary>Replaces a file so that readers and crashes only ever see the old or the new content whole.</summary>
internal static class AtomicFile
{
    private const string TemporarySuffix = ".tmp";

    public static async Task ReplaceAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            Directory.CreateDirectory(directory);
            await WriteDurablyAsync(temporary, write).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new CpdStoreException(
                $"The store file '{path}' could not be written ({exception.Message}); it was left as it was.",
                exception);
        }
        catch (CpdException)
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static async Task WriteDurablyAsync(string temporary, Func<Stream, Task> write)
    {
        // Once the write starts it runs to the end: a half-written temporary file is never renamed.
        await using var stream = new FileStream(
            temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await write(stream).ConfigureAwait(false);
        await stream.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        stream.Flush(flushToDisk: true);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Leftover temporary files are harmless: they are never read.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
