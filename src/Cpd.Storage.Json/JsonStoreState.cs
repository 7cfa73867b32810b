using Cpd.Storage.Reminders;

namespace Cpd.Storage.Json;

/// <summary>Everything the store file holds: the records and the reminder ledger.</summary>
internal sealed record JsonStoreState(CpdRecordSet Records, ReminderLedger Reminders)
{
    public static JsonStoreState Empty { get; } = new(CpdRecordSet.Empty, ReminderLedger.Empty);
}
