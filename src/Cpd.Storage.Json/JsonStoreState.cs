using Cpd.Storage.Planning;
using Cpd.Storage.Reminders;

namespace Cpd.Storage.Json;

/// <summary>Everything the store file holds: the records, the reminder ledger and the development plans.</summary>
internal sealed record JsonStoreState(CpdRecordSet Records, ReminderLedger Reminders, CpdPlanSet Plan)
{
    public static JsonStoreState Empty { get; } = new(CpdRecordSet.Empty, ReminderLedger.Empty, CpdPlanSet.Empty);
}
