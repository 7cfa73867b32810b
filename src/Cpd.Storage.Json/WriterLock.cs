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
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
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

    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
