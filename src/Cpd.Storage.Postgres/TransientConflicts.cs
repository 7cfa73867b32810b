using Npgsql;
using Polly;
using Polly.Retry;

namespace Cpd.Storage.Postgres;

/// <summary>
/// The errors after which a transaction is safe to run again: PostgreSQL rolled it back whole, as a
/// serialization failure or a deadlock victim. Lost connections are not among them: a commit may have
/// reached the server before the connection broke, and running it again could apply it twice.
/// </summary>
internal static class TransientConflicts
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(10);

    public static bool Includes(Exception exception) =>
        exception is PostgresException
        {
            SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
        };

    /// <summary>Retries after a short, jittered, growing delay, so that colliding transactions spread out.</summary>
    public static ResiliencePipeline RetryPipeline(int maxRetryAttempts) => maxRetryAttempts == 0
        ? ResiliencePipeline.Empty
        : new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<PostgresException>(Includes),
                MaxRetryAttempts = maxRetryAttempts,
                Delay = FirstDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .Build();
}
