using Cpd.Domain.Reminders;
using NodaTime;

namespace Cpd.Storage.Reminders;

/// <summary>A dispatcher's exclusive right to send one reminder until <see cref="ExpiresAt"/>.</summary>
/// <param name="Key">The reminder claimed.</param>
/// <param name="DispatcherId">The dispatcher that holds the claim.</param>
/// <param name="ExpiresAt">When the claim lapses if no send is recorded, so that another dispatcher may try.</param>
/// <param name="Attempt">How many claims this reminder has had, this one included (1 for the first).</param>
public sealed record ReminderClaim(ReminderKey Key, string DispatcherId, Instant ExpiresAt, int Attempt);
