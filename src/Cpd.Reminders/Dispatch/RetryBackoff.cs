using NodaTime;

namespace Cpd.Reminders.Dispatch;

/// <summary>
/// When a reminder whose sends all failed may be claimed again: the first wait, doubled with each failed claim,
/// never longer than the maximum. The waits within one pass are Polly's; this spaces the passes.
/// </summary>
internal sealed class RetryBackoff(Duration firstDelay, Duration maxDelay)
{
    // 2^20 times any allowed first delay is far beyond any allowed maximum, so the cap always applies first.
    private const int MaxDoublings = 20;

    public Duration After(int attempt)
    {
        var doublings = Math.Clamp(attempt - 1, 0, MaxDoublings);
        var delay = firstDelay * (1L << doublings);
        return delay < maxDelay ? delay : maxDelay;
    }
}
