using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Domain.Reminders;

/// <summary>
/// Identifies one reminder: a record's reminder for one date. Moving the reminder makes a new key, so a send
/// recorded for the old date never stops the new one, and a send is recorded once per key.
/// </summary>
/// <param name="RecordId">The record.</param>
/// <param name="ReminderDate">The reminder date on the member's calendar.</param>
public readonly record struct ReminderKey(CpdRecordId RecordId, LocalDate ReminderDate);
