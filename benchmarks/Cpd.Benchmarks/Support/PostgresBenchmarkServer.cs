namespace Cpd.Benchmarks.Support;

/// <summary>
/// The PostgreSQL server the PostgreSQL benchmarks run on, named by the variable the tests use. Without it
/// the benchmark program leaves those rows out, and the smoke test fails saying how to start a server.
/// </summary>
public static class PostgresBenchmarkServer
{
    public const string Variable = "CPD_TEST_POSTGRES";

    public const string HowToStart =
        "The PostgreSQL benchmarks need a server, and " + Variable + " is not set. From the repository root run\n" +
        "    eval \"$(scripts/postgres.sh start)\"\n" +
        "which installs PostgreSQL if missing, starts a throwaway server on 127.0.0.1:55432 and sets " + Variable +
        "; stop it with 'scripts/postgres.sh stop'. benchmarks/run.sh and ./test.sh do all of this themselves. " +
        "To use a server of your own, set " + Variable + " to an Npgsql connection string whose user may create " +
        "databases.";

    public static bool IsConfigured => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 };

    /// <summary>Gets the connection string, or throws saying how to start a server.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(HowToStart);
}
