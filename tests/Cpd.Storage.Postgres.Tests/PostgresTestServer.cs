namespace Cpd.Storage.Postgres.Tests;

/// <summary>The PostgreSQL server the tests run against, named by an environment variable.</summary>
internal static class PostgresTestServer
{
    public const string Variable = "CPD_TEST_POSTGRES";

    private const string HowToStart =
        "The PostgreSQL tests need a server, and " + Variable + " is not set. From the repository root run\n" +
        "    eval \"$(scripts/postgres.sh start)\"\n" +
        "which installs PostgreSQL if missing, starts a throwaway server on 127.0.0.1:55432 and sets " + Variable +
        "; stop it with 'scripts/postgres.sh stop'. ./test.sh does all of this itself. To use a server of your " +
        "own, set " + Variable + " to an Npgsql connection string whose user may create schemas.";

    /// <summary>Gets the connection string, or fails the test with how to start a server.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(HowToStart);
}
