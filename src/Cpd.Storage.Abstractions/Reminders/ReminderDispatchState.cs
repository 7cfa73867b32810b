using NodaTime;

namespace Cpd.Storage.Reminders;

/// <summary>What is known of one reminder's dispatch: its latest claim, its attempts, and whether it was sent.</summary>
/// <param name="ClaimedBy">The dispatcher holding or last holding a claim, if any.</param>
/// <param name="ClaimExpiresAt">When that claim lapses (or lapsed); another claim is granted from then on.</param>
/// <param name="Attempts">How many claims the reminder has had.</param>
/// <param name="SentAt">When it was sent, once recorded.</param>
public sealed record ReminderDispatchState(string? ClaimedBy, Instant ClaimExpiresAt, int Attempts, Instant? SentAt);
