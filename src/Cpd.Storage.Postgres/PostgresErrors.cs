using System.Globalization;
using System.Net.Sockets;
using Cpd.Domain;
using Npgsql;

namespace Cpd.Storage.Postgres;

/// <summary>
/// Turns Npgsql's and PostgreSQL's errors into the library's typed errors, so that none leaks to callers.
/// Messages name the server, database and schema, never the password.
/// </summary>
internal sealed class PostgresErrors(
    string server, string database, string schema, int maxRetryAttempts, TimeSpan timeout)
{
    // Named in the schema's steps: the only unique violations a caller can cause.
    private const string RecordsPrimaryKey = "records_pkey";
    private const string ObjectivesPrimaryKey = "objectives_pkey";
    private const string PlanReviewsPrimaryKey = "plan_reviews_pkey";

    // A connection lost or timed out while committing leaves the outcome unknown to the client.
    private const string MayHaveChanged =
        "A change that was under way may or may not have been stored: check before trying again.";

    private string Attempts => maxRetryAttempts == 0
        ? "on the only attempt"
        : string.Create(CultureInfo.InvariantCulture, $"on {maxRetryAttempts + 1} attempts in a row");

    public string Schema => schema;

    public async Task<T> GuardAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (PostgresException exception)
        {
            throw Translate(exception);
        }
        catch (NpgsqlException exception)
        {
            throw Unreachable(exception);
        }
    }

    public CpdStoreException NewerSchema(int version, int latest) => new(string.Create(
        CultureInfo.InvariantCulture,
        $"The schema '{schema}' in database '{database}' on {server} has version {version}, newer than this " +
        $"library's {latest}. It was left untouched: use a newer version of Cpd.Storage.Postgres."));

    private CpdException Translate(PostgresException exception) => exception.SqlState switch
    {
        PostgresErrorCodes.UniqueViolation when exception.ConstraintName == RecordsPrimaryKey =>
            new CpdConflictException("A record with this id already exists; nothing was added.", exception),
        PostgresErrorCodes.UniqueViolation when exception.ConstraintName == ObjectivesPrimaryKey =>
            new CpdConflictException("An objective with this id already exists; nothing was added.", exception),
        PostgresErrorCodes.UniqueViolation when exception.ConstraintName == PlanReviewsPrimaryKey =>
            new CpdConflictException("A plan review with this id already exists; nothing was added.", exception),
        PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected => new CpdConflictException(
            $"The database reported conflicting concurrent writes ({exception.MessageText}) {Attempts}; " +
            "nothing was changed. Try again.",
            exception),
        PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification => Store(
            $"PostgreSQL on {server} refused the user name or password: check Username and Password in the " +
            "connection string.",
            exception),
        PostgresErrorCodes.InvalidCatalogName => Store(
            $"The database '{database}' does not exist on {server}: create it, or fix Database in the " +
            "connection string.",
            exception),
        PostgresErrorCodes.InsufficientPrivilege => Store(
            $"The database user may not do this in schema '{schema}' of '{database}' ({exception.MessageText}): " +
            "grant it the privileges the store needs, or let an owner run the migrations first.",
            exception),
        PostgresErrorCodes.TooManyConnections => Store(
            $"PostgreSQL on {server} has no connection to spare: lower Maximum Pool Size in the connection " +
            "string or raise the server's max_connections; nothing was changed.",
            exception),
        PostgresErrorCodes.QueryCanceled => TimedOut(exception),
        _ => Store(
            $"PostgreSQL on {server} failed ({exception.SqlState}: {exception.MessageText}); nothing was changed.",
            exception),
    };

    private CpdStoreException Unreachable(NpgsqlException exception) => exception.InnerException switch
    {
        TimeoutException => TimedOut(exception),
        SocketException => Store(
            $"PostgreSQL on {server} could not be reached ({exception.InnerException.Message}): check that the " +
            "server is running and that Host and Port in the connection string are right; nothing was changed.",
            exception),
        _ => Store(
            $"The connection to PostgreSQL on {server} failed ({exception.Message}). {MayHaveChanged}",
            exception),
    };

    private CpdStoreException TimedOut(Exception exception) => Store(
        string.Create(
            CultureInfo.InvariantCulture,
            $"PostgreSQL on {server} did not answer within the command timeout of {timeout.TotalSeconds} s; " +
            $"raise PostgresStoreOptions.CommandTimeout if the database is slow. {MayHaveChanged}"),
        exception);

    private static CpdStoreException Store(string message, Exception exception) => new(message, exception);
}
