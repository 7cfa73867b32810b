using Cpd.Domain;
using Microsoft.Data.Sqlite;

namespace Cpd.Storage.Sqlite;

/// <summary>Turns SQLite's errors into the library's typed errors, so that none leaks to callers.</summary>
internal static class SqliteErrors
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CannotOpen = 14;
    private const int Constraint = 19;
    private const int NotADatabase = 26;

    public static async Task<T> GuardAsync<T>(string path, Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (SqliteException exception)
        {
            throw Translate(path, exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CpdStoreException($"The database '{path}' could not be opened: {exception.Message}", exception);
        }
    }

    private static CpdException Translate(string path, SqliteException exception) => exception.SqliteErrorCode switch
    {
        Busy or Locked => new CpdStoreException(
            $"The database '{path}' stayed busy with other writers beyond the busy timeout; nothing was changed. " +
            "Try again.",
            exception),
        Constraint => new CpdConflictException("A record with this id already exists; nothing was added.", exception),
        NotADatabase or Corrupt => new CpdStoreException(
            $"The file '{path}' is not a readable SQLite database; it was left untouched.", exception),
        ReadOnly or CannotOpen => new CpdStoreException(
            $"The database '{path}' cannot be written: check the folder's permissions.", exception),
        Full => new CpdStoreException($"The disk holding '{path}' is full; nothing was changed.", exception),
        _ => new CpdStoreException($"The database '{path}' failed ({exception.Message}); nothing was changed.", exception),
    };
}
