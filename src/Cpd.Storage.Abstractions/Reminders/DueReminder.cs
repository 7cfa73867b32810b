using Cpd.Domain;
using Cpd.Domain.Reminders;
using NodaTime;

namespace Cpd.Storage.Reminders;

/// <summary>A reminder that may be due: an incomplete record's reminder date, with no send recorded for it.</summary>
/// <param name="Key">The record and reminder date.</param>
/// <param name="MemberId">The member to remind.</param>
/// <param name="Title">The record's title, for the message.</param>
public sealed record DueReminder(ReminderKey Key, MemberId MemberId, string Title)
{
    /// <summary>Gets the reminder date.</summary>
    public LocalDate ReminderDate => Key.ReminderDate;
}
