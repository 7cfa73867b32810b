using Cpd.Domain;

namespace Cpd.Storage.Json;

/// <summary>An exclusive lock file that lets writers in several processes take turns.</summary>
internal sealed class WriterLock : IDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(20);
    private readonly FileStream _stream;

    private WriterLock(FileStream stream) => _stream = stream;

    public static async Task<WriterLock> AcquireAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        CreateFolder(path);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            if (TryOpen(path) is { } stream)
            {
                return new WriterLock(stream);
            }

            try
            {
                await Task.Delay(RetryDelay, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new CpdStoreException(
                    $"The store is busy: another writer held '{path}' for longer than {timeout.TotalSeconds:0.#} s.");
            }
        }
    }

    public void Dispose() => _stream.Dispose();

    private static void CreateFolder(string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw CannotLock(path, exception);
        }
    }

    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception) when (exception.GetType() == typeof(IOException))
        {
            // Only a plain IOException means that another writer holds the file; its subtypes (file or folder
            // not found, path too long) and a refused access will not go away by waiting.
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw CannotLock(path, exception);
        }
    }

    private static CpdStoreException CannotLock(string path, Exception exception) => new(
        $"The store's lock file '{path}' cannot be created ({exception.Message}): check that the data folder " +
        "exists as a folder and can be written.",
        exception);
}
