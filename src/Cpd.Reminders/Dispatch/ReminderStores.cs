using Cpd.Storage;
using Cpd.Storage.Reminders;

namespace Cpd.Reminders.Dispatch;

/// <summary>The two faces of the store a dispatcher uses: records, and reminder queries and claims.</summary>
internal sealed record ReminderStores(ICpdRecordStore Records, ICpdReminderStore Reminders);
