using NodaTime;
using Polly;
using Polly.Retry;

namespace Cpd.Reminders.Dispatch;

/// <summary>
/// The retries of one send within a pass: Polly's exponential backoff with jitter, on delivery failures only.
/// </summary>
internal static class SendPipeline
{
    public static ResiliencePipeline Build(int attempts, Duration firstDelay, TimeProvider timeProvider)
    {
        if (attempts <= 1)
        {
            return ResiliencePipeline.Empty;
        }

        var retry = new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<CpdReminderDeliveryException>(),
            MaxRetryAttempts = attempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = firstDelay.ToTimeSpan(),
        };
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }.AddRetry(retry).Build();
    }
}
